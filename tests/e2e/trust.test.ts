import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import {
  actionButton,
  addProfile,
  ageStoredTokens,
  backgroundState,
  checkHistory,
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  localDate,
  popupRow,
  rowStatus,
  useWorldSession,
  waitFor,
} from './harness';

/** Verdicts under any timing: no storm, the latest token decides, no recovery nobody proved. */
describe('verdicts you can trust', () => {
  const session = useWorldSession();
  let world: FakeWorld;
  let h: ExtensionHarness;
  beforeAll(() => {
    ({ world, h } = session);
  });

  /** Keeps the periodic pass out of the way (it checks every profile, by design): only retries remain. */
  async function quietPeriodicCheck() {
    const { settings } = await backgroundState(h);
    await h.send({ type: 'save-settings', settings: { ...settings, checkIntervalMinutes: 24 * 60 } });
  }

  const profileId = async (name: string) =>
    (await backgroundState(h)).profiles.find((p) => p.name === name)?.id ?? '';

  it('3 healthy LinkedIn profiles and 1 failing Facebook page: the retry re-checks the failing one only', async () => {
    await quietPeriodicCheck();
    const healthy = ['AQX-FAKE-STORM-1', 'AQX-FAKE-STORM-2', 'AQX-FAKE-STORM-3'];
    for (const token of healthy) world.setToken(token, { platform: 'linkedin', state: 'valid' });
    const failing = 'EAAB-FAKE-STORM-FAILING';
    world.setToken(failing, { platform: 'facebook', state: 'valid' });
    world.fault({ kind: 'server-error' }, { host: 'graph.facebook.com' });
    const options = await h.openOptions();
    await importFile(options, 'storm.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        ...healthy.map((token, i) => ({
          platform: 'linkedin',
          name: `Healthy ${i + 1}`,
          connectedAt: isoDaysFromNow(-5),
          accessToken: token,
        })),
        { platform: 'facebook', name: 'Failing page', connectedAt: isoDaysFromNow(-5), accessToken: failing },
      ],
    });
    await waitFor(() => healthy.every((token) => world.requests({ token }).some((r) => r.result === 200)), {
      message: 'the first check of every healthy profile',
    });
    const failed = await waitFor(
      () => world.requests({ token: failing }).filter((r) => r.result === 500).length,
      {
        message: 'the first failing check',
      },
    );

    // The first retry comes about a minute later (backoff: one minute ± 20 %).
    await waitFor(() => world.requests({ token: failing }).filter((r) => r.result === 500).length > failed, {
      timeout: 100_000,
      interval: 500,
      message: 'the retry of the failing profile',
    });
    for (const token of healthy) expect(world.requests({ token })).toHaveLength(1);
    const [retry] = (await h.alarms()).filter((a) => a.name === 'check-retry');
    expect(retry?.scheduledTime).toBeGreaterThan(Date.now());
    const popup = await h.openPopup();
    await expect.poll(() => popupRow(popup, 'Failing page').textContent()).toMatch(/Couldn.t check/);
    expect(await rowStatus(popupRow(popup, 'Failing page'))).toBe('OK');
  }, 150_000);

  it('a token whose answer hangs for seconds, replaced meanwhile: the new token is checked at once and decides', async () => {
    const old = 'AQX-FAKE-HANGING-OLD';
    const fresh = 'AQX-FAKE-HANGING-NEW';
    world.setToken(old, { platform: 'linkedin', state: 'revoked' });
    world.setToken(fresh, { platform: 'linkedin', state: 'valid' });
    world.fault({ kind: 'delay', ms: 8000 }, { host: 'api.linkedin.com', times: 1 });
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'LinkedIn',
      name: 'Acme Careers',
      connectedOn: localDate(-5),
      token: old,
    });
    await waitFor(() => world.requests({ token: old }).some((r) => r.result === 'pending'), {
      message: 'the old token hanging',
    });

    await options.getByRole('button', { name: /^Edit\W+Acme Careers$/ }).click();
    const panel = options.getByRole('region', { name: 'Live checks' });
    await panel.getByRole('button', { name: 'Replace token' }).click();
    await panel.getByLabel('Access token').fill(fresh);
    await panel.getByRole('button', { name: 'Save token' }).click();
    await waitFor(() => world.requests({ token: fresh }).some((r) => r.result === 200), {
      message: 'the new token checked',
    });
    // Promptly: while the old token's answer is still on its way.
    expect(world.requests({ token: old }).map((r) => r.result)).toEqual(['pending']);

    await waitFor(() => world.requests({ token: old }).some((r) => r.result === 401), {
      timeout: 20_000,
      message: "the old token's late answer",
    });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Careers');
    await expect.poll(() => row.textContent()).toContain('Checked');
    // A moment for anything the late answer might still write.
    await backgroundState(h);
    expect(await rowStatus(row)).toBe('OK');
    expect((await h.badge()).text).toBe('');
    const id = await profileId('Acme Careers');
    expect((await checkHistory(h)).filter((e) => e.profileId === id).map((e) => e.outcome)).toEqual([
      'valid',
    ]);
  });

  it('removing the token of a dead profile, or "I reconnected it", announces no recovery', async () => {
    const removed = 'AQX-FAKE-DEAD-REMOVED';
    const reconnected = 'AQX-FAKE-DEAD-RECONNECTED';
    for (const token of [removed, reconnected])
      world.setToken(token, { platform: 'linkedin', state: 'revoked' });
    const shownBefore = (await h.notifications()).length;
    const options = await h.openOptions();
    await importFile(options, 'dead.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'linkedin',
          name: 'Token removed',
          connectedAt: isoDaysFromNow(-5),
          accessToken: removed,
        },
        {
          platform: 'linkedin',
          name: 'Said reconnected',
          connectedAt: isoDaysFromNow(-5),
          accessToken: reconnected,
        },
      ],
    });
    await expect.poll(() => h.badge()).toMatchObject({ text: '2', color: BADGE_RED });
    await expect.poll(async () => (await h.notifications()).length).toBeGreaterThan(shownBefore);
    const shown = (await h.notifications()).length;

    await options.getByRole('button', { name: /^Edit\W+Token removed$/ }).click();
    const panel = options.getByRole('region', { name: 'Live checks' });
    await panel.getByRole('button', { name: 'Remove token' }).click();
    await panel.getByRole('group').getByRole('button', { name: 'Remove token' }).click();
    await panel.getByLabel('Access token').waitFor();

    world.setState(reconnected, 'valid');
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Said reconnected');
    const id = await profileId('Said reconnected');
    await actionButton(row, 'I reconnected it', 'Said reconnected').click();
    await expect.poll(() => rowStatus(row)).toBe('OK');
    // Its check (the token works now) follows silently too.
    await waitFor(
      async () => (await checkHistory(h)).some((e) => e.profileId === id && e.outcome === 'valid'),
      {
        message: 'the check after "I reconnected it"',
      },
    );
    expect(await rowStatus(popupRow(popup, 'Token removed'))).toBe('OK');
    await expect.poll(() => h.badge()).toMatchObject({ text: '' });
    await backgroundState(h);
    expect(await h.notifications()).toHaveLength(shown);
  });

  it('an import while a check is in flight: the imported token and fields win, the late answer is dropped', async () => {
    const old = 'AQX-FAKE-IMPORT-OLD';
    const fresh = 'AQX-FAKE-IMPORT-NEW';
    world.setToken(old, { platform: 'linkedin', state: 'revoked' });
    world.setToken(fresh, { platform: 'linkedin', state: 'valid' });
    world.fault({ kind: 'delay', ms: 8000 }, { host: 'api.linkedin.com', times: 1 });
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'LinkedIn',
      name: 'Acme Careers',
      connectedOn: localDate(-5),
      token: old,
    });
    await waitFor(() => world.requests({ token: old }).some((r) => r.result === 'pending'), {
      message: 'the old token hanging',
    });
    await importFile(options, 'update.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        { platform: 'linkedin', name: 'Acme Careers', notes: 'Imported mid-check', accessToken: fresh },
      ],
    });
    await waitFor(() => world.requests({ token: fresh }).some((r) => r.result === 200), {
      message: 'the imported token checked',
    });
    await waitFor(() => world.requests({ token: old }).some((r) => r.result === 401), {
      timeout: 20_000,
      message: "the old token's late answer",
    });
    const state = await backgroundState(h);
    expect(state.profiles).toHaveLength(1);
    expect(state.profiles[0]).toMatchObject({ status: 'ok', notes: 'Imported mid-check', hasToken: true });
    expect((await checkHistory(h)).map((e) => e.outcome)).toEqual(['valid']);
    expect((await h.badge()).text).toBe('');
  });

  it('an expiring Instagram token is never refreshed: the publishing tool keeps its own date', async () => {
    const token = 'IGAA-FAKE-NEVER-REFRESHED';
    world.setToken(token, { platform: 'instagram', state: 'valid' });
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'Instagram',
      name: 'Acme on Instagram',
      connectedOn: localDate(-55),
      token,
    });
    expect(await ageStoredTokens(h, 48)).toBe(1);
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme on Instagram');
    await expect.poll(() => row.textContent()).toContain('Checked');
    const before = world.requests({ token }).length;
    await actionButton(row, 'Check now', 'Acme on Instagram').click();
    await expect.poll(() => world.requests({ token }).length).toBeGreaterThan(before);
    await expect.poll(() => actionButton(row, 'Check now', 'Acme on Instagram').isEnabled()).toBe(true);
    expect(world.requests({ path: '/refresh_access_token' })).toHaveLength(0);
    expect(await rowStatus(row)).toBe('Expiring soon');
  });
});
