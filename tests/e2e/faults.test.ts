import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import {
  actionButton,
  backgroundState,
  checkHistory,
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  launchExtension,
  popupRow,
  rowStatus,
} from './harness';

const GRAPH = 'graph.facebook.com';
const STALE = /Couldn.t check: (.+?) · showing last known status/;

function facebookProfiles(count: number, tokenPrefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    platform: 'facebook',
    name: `Acme Store ${i + 1}`,
    handle: `acme-store-${i + 1}`,
    kind: 'page',
    connectedAt: isoDaysFromNow(-10),
    accessToken: `${tokenPrefix}-${i + 1}`,
  }));
}

const file = (profiles: unknown[]) => ({ format: 'reconnect-radar', version: 1, profiles });

/** What goes wrong around live checks: broken answers, a worker stopped mid-cycle, a browser restart. */
describe('faults', () => {
  let world: FakeWorld;
  let h: ExtensionHarness;

  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world });
  });
  afterEach(async () => {
    world.clearFaults();
    await h.closeTabs();
    await h.send({ type: 'delete-all', confirm: true });
  });
  afterAll(async () => {
    await h?.close();
    await world?.close();
  });

  /** Imports profiles with tokens and waits until the check the import starts has stored a result for each. */
  async function importChecked(profiles: ReturnType<typeof facebookProfiles>) {
    for (const p of profiles) world.setToken(p.accessToken, { platform: 'facebook', state: 'valid' });
    const options = await h.openOptions();
    await importFile(options, 'profiles.json', file(profiles));
    await expect
      .poll(async () => (await backgroundState(h)).profiles.filter((p) => p.lastCheck).length, {
        timeout: 15_000,
      })
      .toBe(profiles.length);
    return options;
  }

  it.each([
    { fault: { kind: 'server-error' } as const, title: 'Platform error' },
    { fault: { kind: 'rate-limit', retryAfterSeconds: 600 } as const, title: 'Platform busy' },
    { fault: { kind: 'garbage' } as const, title: 'Can’t tell' },
    { fault: { kind: 'drop' } as const, title: 'Could not reach the platform' },
  ])('a $fault.kind answer keeps the last known status and shows $title', async ({ fault, title }) => {
    const [profile] = facebookProfiles(1, `EAAB-FAKE-${fault.kind}`);
    await importChecked([profile!]);
    const popup = await h.openPopup();
    const row = popupRow(popup, profile!.name);
    await expect.poll(() => rowStatus(row)).toBe('OK');

    world.fault(fault, { host: GRAPH });
    await actionButton(row, 'Check now', profile!.name).click();
    if (fault.kind === 'garbage') {
      // An answer that was read but proves nothing is "can't tell", not a failed attempt (not stale).
      await expect.poll(async () => (await row.textContent()) ?? '').toContain('Can’t tell');
      expect((await row.textContent())?.match(STALE)).toBeNull();
    } else {
      await expect.poll(async () => (await row.textContent())?.match(STALE)?.[1]).toBe(title);
    }
    expect(await rowStatus(row)).toBe('OK');
    expect((await h.badge()).text).toBe('');
    // The next try waits: a minute or more, and never less than the platform's Retry-After. An answer
    // that proves nothing ("can't tell") is not retried early: the same answer would come back.
    const retry = (await h.alarms()).find((a) => a.name === 'check-retry');
    if (fault.kind === 'garbage') {
      expect(retry).toBeUndefined();
      return;
    }
    const floor = fault.kind === 'rate-limit' ? fault.retryAfterSeconds * 1000 : 45_000;
    expect(retry?.scheduledTime).toBeGreaterThan(Date.now() + floor - 5_000);
  });

  it('never has more than 4 requests in flight to one API host, yet checks in parallel', async () => {
    world.fault({ kind: 'delay', ms: 300 }, { host: GRAPH });
    world.clearLog();
    await importChecked(facebookProfiles(10, 'EAAB-FAKE-MANY'));
    expect(world.maxConcurrency(GRAPH)).toBeLessThanOrEqual(4);
    expect(world.maxConcurrency(GRAPH)).toBeGreaterThan(1);
  });

  it('a worker stopped in the middle of a check cycle loses no profile, writes no duplicate history, and finishes on the next wake', async () => {
    const profiles = facebookProfiles(3, 'EAAB-FAKE-CYCLE');
    await importChecked(profiles);
    const historyBefore = await checkHistory(h);

    world.fault({ kind: 'delay', ms: 5_000 }, { host: GRAPH });
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Check all' }).click();
    await expect.poll(() => world.inFlight(GRAPH)).toBe(3);
    const stoppedAt = new Date().toISOString();
    const starts = h.workerStarts();
    await h.stopWorker();
    world.clearFaults();
    await popup.close();

    // The requests of the stopped worker were abandoned: the browser closed them.
    await expect.poll(() => world.inFlight(GRAPH)).toBe(0);
    // Woken by whatever comes first (the closing popup's reconnect, or the harness): one new life.
    await h.worker();
    expect(h.workerStarts()).toBe(starts + 1);
    await expect
      .poll(async () =>
        (await backgroundState(h)).profiles.filter((p) => p.lastCheck && p.lastCheck.at > stoppedAt),
      )
      .toHaveLength(3);

    const state = await backgroundState(h);
    expect(state.profiles.map((p) => p.name).sort()).toEqual(profiles.map((p) => p.name).sort());
    expect(state.profiles.every((p) => p.lastCheck?.outcome === 'valid' && p.hasToken)).toBe(true);
    const historyAfter = await checkHistory(h);
    for (const p of state.profiles) {
      const before = historyBefore.filter((e) => e.profileId === p.id).length;
      expect(historyAfter.filter((e) => e.profileId === p.id)).toHaveLength(before + 1);
    }
  });

  it('after the browser restarts, the profiles are still there and the alarms exist again', async () => {
    await importChecked(facebookProfiles(2, 'EAAB-FAKE-RESTART'));
    await expect.poll(async () => (await h.alarms()).map((a) => a.name)).toContain('periodic-check');
    const badge = await h.badge();

    h = await h.restart();
    await expect.poll(async () => (await h.alarms()).map((a) => a.name)).toContain('periodic-check');
    const state = await backgroundState(h);
    expect(state.profiles.map((p) => p.name).sort()).toEqual(['Acme Store 1', 'Acme Store 2']);
    expect(state.profiles.every((p) => p.hasToken)).toBe(true);
    await expect.poll(() => h.badge()).toEqual(badge);
  });
});
