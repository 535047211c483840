import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProfiles } from '@/lib/background/check-cycle';
import type { SourceLink } from '@/lib/domain/source-record';
import { summaryCounts } from '@/lib/domain/summary-counts';
import { sortByUrgency } from '@/lib/domain/urgency';
import { updateProfile } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

/**
 * `get-state` with `first`: the popup's first paint asks for the most urgent rows only (1,000 profiles are
 * some 600 kB to send) and words its summary from what the answer says of the whole list.
 */
describe('get-state with first', () => {
  async function setup() {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const day = 86_400_000;
    const at = (days: number) => new Date(clock.now().getTime() + days * day).toISOString();
    // Fine, expiring, expired, unknown, in a mixed order, one with a token and one snoozed.
    const profiles = [
      { platform: 'facebook', name: 'Fine', expiresAt: at(40) },
      { platform: 'facebook', name: 'Soon', expiresAt: at(2) },
      { platform: 'instagram', name: 'Gone', expiresAt: at(-1) },
      { platform: 'pinterest', name: 'No dates' },
      { platform: 'facebook', name: 'Later', expiresAt: at(5) },
      { platform: 'facebook', name: 'Also gone', expiresAt: at(-3) },
    ] as const;
    for (const profile of profiles) await bg.data({ type: 'save-profile', profile });
    const { profiles: saved } = await bg.data({ type: 'get-state' });
    const later = saved.find((p) => p.name === 'Later')!;
    await bg.data({ type: 'snooze', id: later.id, days: 1 });
    await bg.data({
      type: 'set-token',
      id: saved.find((p) => p.name === 'Fine')!.id,
      token: 'EAAB-test-token-0001',
    });
    return bg;
  }

  it('answers with the most urgent profiles in the popup order, and counts the whole list', async () => {
    const bg = await setup();
    const all = await bg.data({ type: 'get-state' });
    expect(all.partial).toBeUndefined();
    const first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.profiles.map((p) => p.id)).toEqual(
      sortByUrgency(all.profiles)
        .slice(0, 3)
        .map((p) => p.id),
    );
    expect(first.profiles.map((p) => p.name)).toEqual(['Also gone', 'Gone', 'Soon']);
    expect(first.partial).toEqual({ counts: summaryCounts(all.profiles), anyToken: true });
    expect(first.partial?.counts).toEqual({ total: 6, broken: 2, expiring: 1, unknown: 1, snoozed: 1 });
    // The same statuses as the whole answer gives.
    for (const p of first.profiles) expect(p).toEqual(all.profiles.find((q) => q.id === p.id));
    expect({ ...first, profiles: [], partial: undefined }).toEqual({ ...all, profiles: [] });
  });

  it('puts a profile with a post at risk first, the soonest next post first, exactly as the whole list', async () => {
    const bg = await setup();
    const { profiles, now } = await bg.data({ type: 'get-state' });
    const hours = (h: number) => new Date(Date.parse(now) + h * 3_600_000).toISOString();
    const id = (name: string) => profiles.find((p) => p.name === name)!.id;
    // A Buffer channel with scheduled posts (as a sync keeps them), in the state the tool said.
    const link = (externalId: string, state: SourceLink['state'], dueAts: string[]): SourceLink => ({
      sourceId: 'src-buffer',
      externalId,
      tool: 'Buffer',
      state,
      reportedAt: hours(-1),
      posts: {
        fetchedAt: hours(-1),
        total: dueAts.length,
        items: dueAts.map((dueAt) => ({ dueAt, text: 'Winter menu' })),
      },
    });
    // "Soon": Buffer says connected (so the tool's word makes it fine today) but its queue is paused, a post
    // in 3 days waiting. "Gone" is disconnected in Buffer with a post in 5 hours.
    const paused = { ...link('ch-soon', 'connected', [hours(72)]), notices: ['paused' as const] };
    await updateProfile(id('Soon'), (p) => ({ ...p, sources: [paused] }));
    await updateProfile(id('Gone'), (p) => ({
      ...p,
      sources: [link('ch-gone', 'disconnected', [hours(5), hours(30)])],
    }));
    const all = await bg.data({ type: 'get-state' });
    const first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.profiles.map((p) => p.name)).toEqual(['Gone', 'Soon', 'Also gone']);
    expect(first.profiles.map((p) => p.id)).toEqual(
      sortByUrgency(all.profiles)
        .slice(0, 3)
        .map((p) => p.id),
    );
    expect(first.profiles[0]?.postsAtRisk).toMatchObject({
      count: 2,
      items: [{ dueAt: hours(5) }, { dueAt: hours(30) }],
    });
    for (const p of first.profiles) expect(p).toEqual(all.profiles.find((q) => q.id === p.id));
  });

  it('holds every profile when there are fewer than asked for', async () => {
    const bg = await setup();
    const first = await bg.data({ type: 'get-state', first: 100 });
    expect(first.profiles).toHaveLength(6);
    expect(first.partial?.counts.total).toBe(6);
  });

  it.each([0, 101, 1.5, '3', null])('refuses first = %j', async (first) => {
    const bg = await setup();
    const answer = await bg.request({ type: 'get-state', first } as never);
    expect(answer.ok).toBe(false);
  });
});

/**
 * The first answer against the real check cycle: a verdict stored while the popup's first answer is asked
 * for is in it (order and counts), in both directions, and a check still in flight changes nothing yet.
 */
describe('get-state with first, while checks land', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  async function setup() {
    const clock = testClock('2026-11-26T12:00:00Z');
    const hooks = { now: clock.now, onChecked: () => undefined };
    const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
    const settle = () => checkProfiles([], hooks);
    const ids: string[] = [];
    // Ten fine LinkedIn profiles, connected a week ago (53 days left).
    for (let i = 0; i < 10; i++) {
      const { profile } = await bg.data({
        type: 'save-profile',
        profile: { platform: 'linkedin', name: `Page ${i}`, connectedAt: '2026-11-19T00:00:00Z' },
      });
      ids.push(profile.id);
    }
    return { bg, settle, ids };
  }

  it('a revoked answer puts the profile first and counts it broken; the next valid one takes it back', async () => {
    const net = deferredFetch();
    const { bg, settle, ids } = await setup();
    const target = ids[7]!;
    await bg.data({ type: 'set-token', id: target, token: 'AQX-FAKE-FIRST-0001' });
    const request = await net.waitForHeld('AQX-FAKE-FIRST-0001');

    // In flight: nothing is known yet.
    let first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.partial?.counts).toMatchObject({ total: 10, broken: 0 });
    expect(first.profiles.map((p) => p.status)).toEqual(['ok', 'ok', 'ok']);

    request.answer(linkedin.revoked());
    await settle();
    first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.profiles[0]).toMatchObject({ id: target, status: 'disconnected' });
    expect(first.partial?.counts).toMatchObject({ total: 10, broken: 1 });

    const again = bg.data({ type: 'check-now', id: target });
    const second = await net.waitForHeld('AQX-FAKE-FIRST-0001');
    // Asked while the second check is out: still the stored verdict, never a guess.
    expect((await bg.data({ type: 'get-state', first: 3 })).profiles[0]).toMatchObject({
      id: target,
      status: 'disconnected',
    });
    second.answer(linkedin.valid());
    await again;
    await settle();
    first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.partial?.counts).toMatchObject({ total: 10, broken: 0 });
    expect(first.profiles.map((p) => p.status)).toEqual(['ok', 'ok', 'ok']);
    expect(first.profiles.some((p) => p.id === target)).toBe(false);
  });

  it('a server error is not a disconnect: the first answer stays as it was', async () => {
    const net = deferredFetch();
    const { bg, settle, ids } = await setup();
    await bg.data({ type: 'set-token', id: ids[2]!, token: 'AQX-FAKE-FIRST-0002' });
    (await net.waitForHeld('AQX-FAKE-FIRST-0002')).answer(linkedin.serverError());
    await settle();
    const first = await bg.data({ type: 'get-state', first: 3 });
    expect(first.partial?.counts).toMatchObject({ total: 10, broken: 0 });
    expect(first.profiles.every((p) => p.status !== 'disconnected')).toBe(true);
  });
});
