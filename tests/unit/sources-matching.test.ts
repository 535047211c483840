import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/domain/profile';
import { markStale, planSync, type ReportedChannel, removableWith } from '@/lib/domain/source-matching';
import type { SourceLink } from '@/lib/domain/source-record';
import { NOW, profile } from './domain/profiles';

const BUFFER = {
  id: 's1',
  toolName: 'Buffer',
  reconnectUrl: 'https://account.buffer.com/channels',
  vanished: 'gone' as const,
};
const AYRSHARE = {
  id: 's3',
  toolName: 'Ayrshare',
  reconnectUrl: 'https://app.ayrshare.com/',
  vanished: 'unlinked' as const,
};

/** The profile's link of source `sourceId` and channel `externalId`. */
const linkOf = (p: Profile | undefined, externalId = 'ch1', sourceId = 's1'): SourceLink | undefined =>
  p?.sources?.find((l) => l.sourceId === sourceId && l.externalId === externalId);

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
      sources: [{ sourceId: 's1', externalId: 'ch1', tool: 'Buffer', state: 'connected', created: true }],
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
      sources: [{ externalId: 'ch1', state: 'connected' }],
    });
    // The person made it: a tool action may unlink it, never delete it.
    expect(linkOf(plan.put[0])?.created).toBeUndefined();
    expect(removableWith(plan.put[0]!, 's1')).toBe(false);
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
    for (const state of ['disconnected', 'connected', 'listed'] as const) {
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
      expect(linkOf(list.find((p) => linkOf(p)))?.state).toBe(state);
    }
  });

  // Issue 19 item 2: the second channel used to be dropped (`elsewhere`) and its word lost.
  it('the same page in two organizations keeps both links, each with its own state and organization', () => {
    const plan = planSync(
      [profile({ handle: 'acmecoffee' })],
      BUFFER,
      [
        channel({ state: 'disconnected', organization: 'Client org' }),
        channel({ externalId: 'ch2', organization: 'Agency org' }),
      ],
      NOW,
      newId,
    );
    expect(plan).toMatchObject({ linked: 2, created: 0 });
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]?.sources).toMatchObject([
      { externalId: 'ch1', state: 'disconnected', label: 'Client org' },
      { externalId: 'ch2', state: 'connected', label: 'Agency org' },
    ]);
  });

  it('a channel listed twice in one answer is one profile', () => {
    expect(planSync([], BUFFER, [channel(), channel()], NOW, newId).put).toHaveLength(1);
  });

  it('a profile another tool already reports gets this tool’s link too: no duplicate, no word lost', () => {
    const theirs = profile({
      handle: 'acmecoffee',
      sources: [
        {
          sourceId: 's2',
          externalId: 'x',
          tool: 'Ayrshare',
          state: 'connected',
          reportedAt: NOW.toISOString(),
        },
      ],
    });
    const plan = planSync([theirs], BUFFER, [channel({ state: 'disconnected' })], NOW, newId);
    expect(plan).toMatchObject({ created: 0, linked: 1 });
    expect(plan.put[0]?.sources?.map((l) => [l.tool, l.state])).toEqual([
      ['Ayrshare', 'connected'],
      ['Buffer', 'disconnected'],
    ]);
    // Reported by another tool too: never deleted with this one.
    expect(removableWith(plan.put[0]!, 's1')).toBe(false);
  });

  it('a channel the tool no longer lists is marked gone, not deleted, and comes back when listed again', () => {
    const list = apply([], planSync([], BUFFER, [channel()], NOW, newId).put);
    const without = planSync(list, BUFFER, [], NOW, newId);
    expect(without.gone).toBe(1);
    expect(linkOf(without.put[0])?.state).toBe('gone');
    expect(removableWith(without.put[0]!, 's1')).toBe(false);
    const back = planSync(apply(list, without.put), BUFFER, [channel()], NOW, newId);
    expect(back).toMatchObject({ linked: 1, created: 0 });
    expect(linkOf(back.put[0])?.state).toBe('connected');
    expect(linkOf(back.put[0])?.created).toBe(true);
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
        profile({ id: 'a', sources: [{ ...link, state: 'disconnected' }] }),
        profile({ id: 'b', sources: [{ ...link, state: 'gone' }] }),
        profile({ id: 'c' }),
        profile({ id: 'd', sources: [{ ...link, sourceId: 's2', state: 'connected' }] }),
      ],
      's1',
      'rate-limited',
      NOW,
    );
    expect(stale.map((p) => [p.id, p.sources?.[0]?.state, p.sources?.[0]?.stale?.reason])).toEqual([
      ['a', 'disconnected', 'rate-limited'],
    ]);
  });
});

// Issue 19 item 7: a profile typed with a name and no handle used to be duplicated by Buffer's channel.
describe('a hand-made profile is linked, not duplicated', () => {
  it.each<[string, Partial<Profile>, Partial<ReportedChannel>]>([
    ['a name and no handle, matched by the display name', { name: 'Acme Coffee' }, {}],
    ['accents and case do not matter', { name: 'ACME Café' }, { name: 'Acme Cafe', handle: 'acmecafe' }],
    ['a name that is the channel’s handle', { name: 'acmecoffee' }, { name: 'Acme Coffee Shop' }],
  ])('%s', (_name, existing, reported) => {
    const plan = planSync([profile({ id: 'mine', ...existing })], BUFFER, [channel(reported)], NOW, newId);
    expect(plan).toMatchObject({ created: 0, linked: 1, ambiguous: [] });
    expect(plan.put.map((p) => p.id)).toEqual(['mine']);
  });

  it('a profile with another handle is another account, whatever its name', () => {
    const plan = planSync([profile({ handle: 'someoneelse' })], BUFFER, [channel()], NOW, newId);
    expect(plan).toMatchObject({ created: 1, linked: 0 });
  });

  it('two profiles that match equally: none is linked, none is made, and the tie is reported', () => {
    const twins = [profile({ id: 'a', name: 'Acme Coffee' }), profile({ id: 'b', name: 'acme coffee ' })];
    const plan = planSync(twins, BUFFER, [channel()], NOW, newId);
    expect(plan).toMatchObject({ created: 0, linked: 0, put: [] });
    expect(plan.ambiguous).toEqual([{ platform: 'facebook', name: 'Acme Coffee', candidates: 2 }]);
  });

  it('the handle decides before the name: one profile with the handle is not a tie', () => {
    const plan = planSync(
      [profile({ id: 'a', handle: 'acmecoffee' }), profile({ id: 'b', name: 'Acme Coffee' })],
      BUFFER,
      [channel()],
      NOW,
      newId,
    );
    expect(plan.put.map((p) => p.id)).toEqual(['a']);
  });
});

// Issue 19 item 3: a network that vanished from Ayrshare used to be "no longer in", off the badge.
describe('what a vanished channel means is the tool’s fact', () => {
  it('Ayrshare: an active network that vanished is unlinked (broken), not gone', () => {
    const list = apply([], planSync([], AYRSHARE, [channel()], NOW, newId).put);
    const after = planSync(list, AYRSHARE, [], NOW, newId);
    expect(linkOf(after.put[0], 'ch1', 's3')?.state).toBe('unlinked');
    expect(after.gone).toBe(0);
    expect(after.changes).toEqual([{ profileId: list[0]!.id, tool: 'Ayrshare', state: 'unlinked' }]);
    // Said once: the next sync without it changes nothing more.
    expect(planSync(apply(list, after.put), AYRSHARE, [], NOW, newId).changes).toEqual([]);
  });

  it('Ayrshare: a listed-only entry that vanished is gone', () => {
    const list = apply([], planSync([], AYRSHARE, [channel({ state: 'listed' })], NOW, newId).put);
    expect(linkOf(planSync(list, AYRSHARE, [], NOW, newId).put[0], 'ch1', 's3')?.state).toBe('gone');
  });

  it('Buffer: a channel that vanished was removed (gone)', () => {
    const list = apply([], planSync([], BUFFER, [channel({ state: 'disconnected' })], NOW, newId).put);
    expect(linkOf(planSync(list, BUFFER, [], NOW, newId).put[0])?.state).toBe('gone');
  });
});

// Issue 19 item 12: syncs wrote no history.
describe('a sync that changes a channel’s state says so for the history', () => {
  it('new links and changed states are changes; the same word again is not', () => {
    const first = planSync([], BUFFER, [channel()], NOW, newId);
    expect(first.changes).toEqual([{ profileId: first.put[0]!.id, tool: 'Buffer', state: 'connected' }]);
    const list = apply([], first.put);
    expect(planSync(list, BUFFER, [channel()], NOW, newId).changes).toEqual([]);
    const broken = planSync(list, BUFFER, [channel({ state: 'disconnected' })], NOW, newId);
    expect(broken.changes).toEqual([{ profileId: list[0]!.id, tool: 'Buffer', state: 'disconnected' }]);
  });
});
