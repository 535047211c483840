import { afterEach, describe, expect, it } from 'vitest';
import { getProfile } from '@/lib/storage/profile-repository';
import { restoreGlobals, toolWorld } from './tool-world';

afterEach(restoreGlobals);

describe('editing a profile a tool reports', () => {
  it('keeps the tool link: the status stays the tool word, and the next sync finds the same profile', async () => {
    const w = toolWorld();
    w.setChannel({ isDisconnected: true });
    const sourceId = await w.connect();
    const before = await w.profile();
    expect(before).toMatchObject({ status: 'disconnected', reason: 'source-disconnected' });
    const links = (await getProfile(before.id))?.sources;
    expect(links).toHaveLength(1);

    w.clock.advance(60_000);
    await w.bg.data({
      type: 'save-profile',
      id: before.id,
      profile: { platform: before.platform, name: 'Acme Coffee (main)', notes: 'Edited by hand' },
    });
    const edited = await w.profile();
    expect(edited).toMatchObject({
      id: before.id,
      name: 'Acme Coffee (main)',
      notes: 'Edited by hand',
      status: 'disconnected',
      reason: 'source-disconnected',
    });
    expect((await getProfile(before.id))?.sources).toEqual(links);

    w.clock.advance(16 * 60_000);
    await w.sync(sourceId);
    expect(await w.profile()).toMatchObject({
      id: before.id,
      name: 'Acme Coffee (main)',
      status: 'disconnected',
    });
  });
});
