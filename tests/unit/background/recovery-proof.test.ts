import { afterEach, describe, expect, it } from 'vitest';
import { restoreGlobals, toolWorld } from './tool-world';

afterEach(restoreGlobals);

/**
 * A profile Buffer reports broken ("Connection lost"), whose pasted token a live check made after that still
 * finds working: Buffer's word keeps it disconnected.
 */
async function brokenInBufferWithAWorkingToken() {
  const w = toolWorld();
  const sourceId = await w.connect();
  const { id, platform, name, handle, publisher, reconnectUrl } = await w.profile();
  // Its connection date is known: without the tool's word, dates and checks say OK.
  const connectedAt = '2026-11-20T00:00:00Z';
  const profile = { platform, name, handle, publisher, reconnectUrl, connectedAt };
  await w.bg.data({ type: 'save-profile', id, profile });
  await w.bg.data({ type: 'set-token', id, token: 'AQX-FAKE-RECOVERY-PROOF' });
  await w.settle();
  w.setChannel({ isDisconnected: true });
  w.clock.advance(16 * 60_000);
  await w.sync(sourceId);
  expect(await w.titles()).toEqual(['Connection lost']);
  w.clock.advance(60_000);
  await w.bg.data({ type: 'check-now', id });
  await w.settle();
  expect(await w.profile()).toMatchObject({ status: 'disconnected', lastCheck: { outcome: 'valid' } });
  w.clock.advance(60_000);
  return { w, sourceId, id };
}

describe('"Connection restored" needs a report made after the profile was seen broken (issue 19, item 9)', () => {
  it('disconnecting the tool turns it OK silently: the valid check is older than the last sight of it broken', async () => {
    const { w, sourceId } = await brokenInBufferWithAWorkingToken();
    await w.bg.data({ type: 'source-disconnect', id: sourceId, removeProfiles: false });
    expect(await w.profile()).toMatchObject({ status: 'ok' });
    expect(await w.titles()).toEqual(['Connection lost']);
  });

  it('a sync that says the channel works again announces it', async () => {
    const { w, sourceId } = await brokenInBufferWithAWorkingToken();
    w.setChannel({ isDisconnected: false });
    w.clock.advance(16 * 60_000);
    await w.sync(sourceId);
    expect(await w.profile()).toMatchObject({ status: 'ok' });
    expect(await w.titles()).toEqual(['Connection lost', 'Connection restored']);
  });

  it('a check made after it was seen broken that says the token works announces it', async () => {
    const w = toolWorld();
    const { linkedin } = await import('./deferred-fetch');
    w.answerWith(linkedin.revoked);
    const { profile } = await w.bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme', connectedAt: '2026-11-20T00:00:00Z' },
    });
    await w.bg.data({ type: 'set-token', id: profile.id, token: 'AQX-FAKE-RECOVERY-CHECK' });
    await w.settle();
    expect(await w.titles()).toEqual(['Connection lost']);
    w.clock.advance(60_000);
    w.answerWith(linkedin.valid);
    await w.bg.data({ type: 'check-now', id: profile.id });
    await w.settle();
    expect(await w.titles()).toEqual(['Connection lost', 'Connection restored']);
  });
});
