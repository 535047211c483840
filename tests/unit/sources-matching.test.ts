import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/domain/profile';
import { markStale, planSync, type ReportedChannel } from '@/lib/domain/source-matching';
import { NOW, profile } from './domain/profiles';

const BUFFER = { id: 's1', toolName: 'Buffer', reconnectUrl: 'https://account.buffer.com/channels' };

const channel = (overrides: Partial<ReportedChannel> = {}): ReportedChannel => ({
  externalId: 'ch1',
  platform: 'facebook',
  name: 'Acme Coffee',
  handle: 'acmecoffee',
  state: 'connected',
  ...overrides,
});

let counter = 0;
const newId = () => `new-${++counter}`;

/** Applies a plan the way the repository does: put replaces by id. */
function apply(profiles: Profile[], put: Profile[]): Profile[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  for (const p of put) byId.set(p.id, p);
  return [...byId.values()];
}

describe('matching channels to profiles', () => {
  it('a new channel becomes a profile with the tool as publisher and the tool’s reconnect page', () => {
    const plan = planSync([], BUFFER, [channel()], NOW, newId);
    expect(plan.created).toBe(1);
    expect(plan.put[0]).toMatchObject({
      platform: 'facebook',
      name: 'Acme Coffee',
      handle: 'acmecoffee',
      publisher: 'Buffer',
      reconnectUrl: 'https://account.buffer.com/channels',
      source: { sourceId: 's1', externalId: 'ch1', tool: 'Buffer', state: 'connected' },
    });
  });

  it.each<[string, Partial<Profile>, Partial<ReportedChannel>]>([
    ['same platform and handle', { name: 'Different Name', handle: '@AcmeCoffee' }, {}],
    ['same platform and name when there is no handle', { name: 'acme coffee' }, { handle: undefined }],
  ])('links to the profile already there (%s), keeping its notes and dates', (_name, existing, reported) => {
    const mine = profile({
      id: 'mine',
      notes: 'Client since 2024',
      connectedAt: '2026-10-01T09:00:00.000Z',
      ...existing,
    });
    const plan = planSync([mine], BUFFER, [channel(reported)], NOW, newId);
    expect(plan).toMatchObject({ created: 0, linked: 1 });
    expect(plan.put[0]).toMatchObject({
      id: 'mine',
      notes: 'Client since 2024',
      connectedAt: '2026-10-01T09:00:00.000Z',
      name: existing.name,
      source: { externalId: 'ch1', state: 'connected' },
    });
  });

  it('a different platform with the same handle is another profile', () => {
    const plan = planSync(
      [profile({ handle: 'acmecoffee', platform: 'instagram' })],
      BUFFER,
      [channel()],
      NOW,
      newId,
    );
    expect(plan.created).toBe(1);
  });

  it('re-syncing never duplicates, and the tool’s new word replaces the old one', () => {
    let list = apply(
      [],
      planSync(
        [],
        BUFFER,
        [channel(), channel({ externalId: 'ch2', name: 'Acme Bakery', handle: 'acmebakery' })],
        NOW,
        newId,
      ).put,
    );
    for (const state of ['disconnected', 'connected', 'locked'] as const) {
      list = apply(
        list,
        planSync(
          list,
          BUFFER,
          [channel({ state }), channel({ externalId: 'ch2', name: 'Acme Bakery', handle: 'acmebakery' })],
          NOW,
          newId,
        ).put,
      );
      expect(list).toHaveLength(2);
      expect(list.find((p) => p.source?.externalId === 'ch1')?.source?.state).toBe(state);
    }
  });

  it('two channels that look the same never claim one profile twice', () => {
    const plan = planSync(
      [profile({ handle: 'acmecoffee' })],
      BUFFER,
      [channel(), channel({ externalId: 'ch2' })],
      NOW,
      newId,
    );
    expect(plan).toMatchObject({ linked: 1, created: 0, elsewhere: 1 });
    expect(plan.put).toHaveLength(1);
  });

  it('a channel listed twice in one answer is one profile', () => {
    expect(planSync([], BUFFER, [channel(), channel()], NOW, newId).put).toHaveLength(1);
  });

  it('a profile another tool already reports keeps that link: no duplicate, no tug of war', () => {
    const theirs = profile({
      handle: 'acmecoffee',
      source: {
        sourceId: 's2',
        externalId: 'x',
        tool: 'Ayrshare',
        state: 'connected',
        reportedAt: NOW.toISOString(),
      },
    });
    const plan = planSync([theirs], BUFFER, [channel()], NOW, newId);
    expect(plan).toMatchObject({ put: [], elsewhere: 1, created: 0 });
  });

  it('a channel the tool no longer lists is marked gone, not deleted, and comes back when listed again', () => {
    const list = apply([], planSync([], BUFFER, [channel()], NOW, newId).put);
    const without = planSync(list, BUFFER, [], NOW, newId);
    expect(without.gone).toBe(1);
    expect(without.put[0]?.source?.state).toBe('gone');
    const back = planSync(apply(list, without.put), BUFFER, [channel()], NOW, newId);
    expect(back).toMatchObject({ linked: 1, created: 0 });
    expect(back.put[0]?.source?.state).toBe('connected');
  });

  it('channels on networks the extension does not track are counted, not turned into profiles', () => {
    const plan = planSync(
      [],
      BUFFER,
      [channel({ platform: undefined, externalId: 'm1' }), channel()],
      NOW,
      newId,
    );
    expect(plan).toMatchObject({ notTracked: 1, created: 1 });
  });

  it('a failed sync marks only this tool’s current profiles stale', () => {
    const link = { sourceId: 's1', externalId: 'a', tool: 'Buffer', reportedAt: NOW.toISOString() };
    const stale = markStale(
      [
        profile({ id: 'a', source: { ...link, state: 'disconnected' } }),
        profile({ id: 'b', source: { ...link, state: 'gone' } }),
        profile({ id: 'c' }),
        profile({ id: 'd', source: { ...link, sourceId: 's2', state: 'connected' } }),
      ],
      's1',
      'rate-limited',
      NOW,
    );
    expect(stale.map((p) => [p.id, p.source?.state, p.source?.stale?.reason])).toEqual([
      ['a', 'disconnected', 'rate-limited'],
    ]);
  });
});
