import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '@/lib/storage/db';
import { historyOf } from '@/lib/storage/profile-repository';
import { importProfilesRequest } from '../../import-request';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

afterEach(() => vi.unstubAllGlobals());

const HANGS = 'AQX-FAKE-NEIGHBOUR-HANGS';
const HEALTHY = ['AQX-FAKE-NEIGHBOUR-1', 'AQX-FAKE-NEIGHBOUR-2', 'AQX-FAKE-NEIGHBOUR-3'];
const row = (name: string, accessToken: string) => ({
  platform: 'linkedin',
  name,
  connectedAt: '2026-11-20T00:00:00Z',
  accessToken,
});

/** A worker life: the check cycle's module state is new, the database is the same. */
async function workerLife(clock: { now: () => Date }) {
  vi.resetModules();
  await closeDatabase();
  const cycle = await import('@/lib/background/check-cycle');
  const hooks = { now: clock.now, onChecked: () => undefined };
  return { cycle, hooks, bg: backgroundFor(clock, (ids) => cycle.checkProfiles(ids, hooks)) };
}

describe('answers stored while a neighbour of their batch hangs and is deleted (issue 19, "Also")', () => {
  it('import four, one hangs, delete it, import a fifth, restart: the healthy ones are never asked again', async () => {
    const net = deferredFetch((token) => (token === HANGS ? 'hold' : linkedin.valid()));
    const clock = testClock('2026-11-26T12:00:00Z');
    const first = await workerLife(clock);
    await first.bg.data(
      importProfilesRequest([...HEALTHY.map((t, i) => row(`Healthy ${i + 1}`, t)), row('Hangs', HANGS)]),
    );
    const held = await net.waitForHeld(HANGS);
    const { profiles } = await first.bg.data({ type: 'get-state' });
    await first.bg.data({ type: 'delete-profile', id: profiles.find((p) => p.name === 'Hangs')!.id });
    await first.bg.data(importProfilesRequest([row('Fifth', 'AQX-FAKE-NEIGHBOUR-5')]));
    // Every answer received is stored, the hanging neighbour's request still out.
    const healthyIds = profiles.filter((p) => p.name !== 'Hangs').map((p) => p.id);
    await vi.waitFor(async () => {
      for (const id of healthyIds) expect(await historyOf(id)).toHaveLength(1);
    });

    // The worker stops mid-way; the next life finishes what it left, and the first periodic alarm (a minute
    // after it was set) comes.
    const next = await workerLife(clock);
    clock.advance(39_500);
    await next.cycle.resumePendingChecks(next.hooks);
    clock.advance(21_000);
    await next.cycle.checkDueProfiles(next.hooks, 'periodic');
    held.answer(linkedin.valid());

    for (const token of HEALTHY) expect(net.count(token)).toBe(1);
    expect(net.count('AQX-FAKE-NEIGHBOUR-5')).toBe(1);
    const state = await next.bg.data({ type: 'get-state' });
    expect(state.profiles.map((p) => [p.name, p.lastCheck?.outcome]).sort()).toEqual([
      ['Fifth', 'valid'],
      ['Healthy 1', 'valid'],
      ['Healthy 2', 'valid'],
      ['Healthy 3', 'valid'],
    ]);
  });

  it('a periodic pass a full half period after the answers asks every profile again', async () => {
    const net = deferredFetch(() => linkedin.valid());
    const clock = testClock('2026-11-26T12:00:00Z');
    const life = await workerLife(clock);
    await life.bg.data(importProfilesRequest(HEALTHY.map((t, i) => row(`Healthy ${i + 1}`, t))));
    await life.cycle.checkProfiles([], life.hooks);
    clock.advance(30 * 60_000 + 1); // the default period is 60 minutes
    await life.cycle.checkDueProfiles(life.hooks, 'periodic');
    for (const token of HEALTHY) expect(net.count(token)).toBe(2);
  });
});
