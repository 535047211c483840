import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { MIN_SYNC_INTERVAL_MS, type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { loadState, toView } from '@/lib/background/state';
import type { SourceRequest } from '@/lib/sources';
import { listProfiles } from '@/lib/storage/profile-repository';
import { getSource } from '@/lib/storage/source-repository';
import { backgroundFor, testClock } from '../background/context';
import { fakeBuffer, until } from '../sources-fake-buffer';

/**
 * Posts at risk in a sync, against the real sync code and Buffer's real `posts` code over a fake Buffer with
 * held requests: asked once, only for the channels the sync leaves broken or paused, written in the same
 * commit as the channels; a failure changes nothing else, a disconnect or a stop during it writes nothing.
 */
const KEY = 'BUFFER-FAKE-KEY-POSTS-01';
const clock = testClock('2026-11-26T12:00:00Z');
const hours = (h: number) => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const isPosts = (r: SourceRequest) => (r.body ?? '').includes('posts(');
const askedChannels = (r: SourceRequest) =>
  (JSON.parse(r.body!).variables.input.filter.channelIds as string[]).slice().sort();

function setup() {
  const buffer = fakeBuffer(KEY);
  buffer.world.channels = [
    {
      id: 'fb',
      organizationId: 'org-1',
      service: 'facebook',
      name: 'acmecoffee',
      displayName: 'Acme Coffee',
    },
    { id: 'li', organizationId: 'org-1', service: 'linkedin', name: 'acme', isDisconnected: true },
    { id: 'ig', organizationId: 'org-1', service: 'instagram', name: 'acme.ig', isQueuePaused: true },
  ];
  buffer.world.posts = [
    { id: 'p1', channelId: 'li', dueAt: hours(5), text: 'Winter menu is here, come and taste it today!' },
    { id: 'p2', channelId: 'li', dueAt: hours(2), text: 'Opening hours' },
    { id: 'p0', channelId: 'li', dueAt: hours(-1), text: 'Yesterday' },
    { id: 'p3', channelId: 'ig', dueAt: hours(3), text: 'Latte art' },
    { id: 'p4', channelId: 'fb', dueAt: hours(1), text: 'Healthy channel post' },
  ];
  let stopped = false;
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: buffer.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem: async () => undefined,
    random: () => 0.5,
    refused: () => stopped,
  };
  const bg = backgroundFor(clock, async () => 0, deps);
  return {
    buffer,
    deps,
    bg,
    stop: () => {
      stopped = true;
    },
    async connect() {
      const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
      return source!.id;
    },
  };
}

/** Each profile's posts at risk as pages see them, by name. */
async function atRisk() {
  const state = await loadState(clock.now());
  return Object.fromEntries(state.entries.map((e) => [e.profile.name, toView(e, clock.now()).postsAtRisk]));
}
const linkPosts = async (externalId: string) =>
  (await listProfiles()).profiles.flatMap((p) => p.sources ?? []).find((l) => l.externalId === externalId)
    ?.posts;

beforeEach(() => clock.set('2026-11-26T12:00:00Z'));

describe('posts at risk during a sync', () => {
  it('asks once, only for the broken and paused channels, and counts the request', async () => {
    const s = setup();
    const id = await s.connect();
    const posts = s.buffer.world.requests.filter(isPosts);
    expect(posts).toHaveLength(1);
    expect(askedChannels(posts[0]!)).toEqual(['ig', 'li']);
    const shown = await atRisk();
    expect(shown['Acme Coffee']).toBeUndefined();
    expect(shown.acme).toEqual({
      count: 2,
      items: [
        { dueAt: hours(2), text: 'Opening hours', tool: 'Buffer' },
        { dueAt: hours(5), text: 'Winter menu is here, come and taste it t', tool: 'Buffer' },
      ],
      fetchedAt: clock.now().toISOString(),
    });
    expect(shown['acme.ig']).toMatchObject({ count: 1, items: [{ text: 'Latte art' }] });

    clock.advance(MIN_SYNC_INTERVAL_MS);
    s.buffer.world.requests.length = 0;
    expect(await syncSource(id, s.deps, 'due')).toEqual({ kind: 'synced', profiles: 3, requests: 3 });
    expect(s.buffer.world.requests.filter(isPosts)).toHaveLength(1);
  });

  it('the posts are in the same commit as the channels: what runs after the commit already sees them', async () => {
    const s = setup();
    const seen: unknown[] = [];
    s.deps.onSynced = async () => {
      seen.push((await atRisk()).acme);
      return reconcile(clock.now);
    };
    await s.connect();
    expect(seen).toEqual([expect.objectContaining({ count: 2 })]);
  });

  it('a channel that is healthy again drops its posts, and is not asked about', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.channels[1]!.isDisconnected = false;
    s.buffer.world.requests.length = 0;
    clock.advance(MIN_SYNC_INTERVAL_MS);
    await syncSource(id, s.deps, 'due');
    expect(askedChannels(s.buffer.world.requests.find(isPosts)!)).toEqual(['ig']);
    expect(await linkPosts('li')).toBeUndefined();
    expect((await atRisk()).acme).toBeUndefined();
  });

  it('asks nothing when no channel is at risk', async () => {
    const s = setup();
    s.buffer.world.channels = [s.buffer.world.channels[0]!];
    await s.connect();
    expect(s.buffer.world.requests.filter(isPosts)).toHaveLength(0);
  });

  it.each([
    [
      'an error answer',
      (s: ReturnType<typeof setup>) => {
        s.buffer.world.postsFault = { status: 500, body: 'Bad gateway' };
      },
    ],
    [
      'a request that throws',
      (s: ReturnType<typeof setup>) => {
        const perform = s.deps.perform;
        s.deps.perform = async (r) => (isPosts(r) ? Promise.reject(new Error('socket hang up')) : perform(r));
      },
    ],
  ])('a posts failure (%s) keeps the channels’ sync and the last posts known', async (_, fail) => {
    const s = setup();
    const id = await s.connect();
    const before = await linkPosts('li');
    fail(s);
    // The new sync brings a new broken channel and a post on li the failed request cannot tell.
    s.buffer.world.channels.push({
      id: 'tk',
      organizationId: 'org-1',
      service: 'tiktok',
      name: 'acme.tk',
      isDisconnected: true,
    });
    s.buffer.world.posts.push({ id: 'p5', channelId: 'li', dueAt: hours(8), text: 'New' });
    clock.advance(MIN_SYNC_INTERVAL_MS);
    expect(await syncSource(id, s.deps, 'due')).toMatchObject({ kind: 'synced', profiles: 4 });
    expect(await linkPosts('li')).toEqual(before);
    const shown = await atRisk();
    expect(shown['acme.tk']).toEqual({ count: null, items: [] });
    expect(shown.acme?.count).toBe(2);
    const source = await getSource(id);
    expect(source?.lastSync).toMatchObject({ outcome: 'ok' });
    expect(source?.retry).toBeUndefined();
    const { profiles } = await listProfiles();
    expect(profiles.flatMap((p) => p.sources ?? []).some((l) => l.stale)).toBe(false);
  });

  it('a disconnect while the posts are asked wins: the sync writes nothing', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.channels.push({ id: 'tk', organizationId: 'org-1', service: 'tiktok', name: 'acme.tk' });
    s.buffer.world.hold = isPosts;
    clock.advance(MIN_SYNC_INTERVAL_MS);
    const sync = syncSource(id, s.deps, 'due');
    await until(() => s.buffer.world.held.length > 0);
    await s.bg.data({ type: 'source-disconnect', id, removeProfiles: false });
    s.buffer.release();
    expect(await sync).toEqual({ kind: 'superseded' });
    const { profiles } = await listProfiles();
    expect(profiles.map((p) => p.name).sort()).toEqual(['Acme Coffee', 'acme', 'acme.ig']);
    expect(profiles.every((p) => p.sources === undefined)).toBe(true);
  });

  it('a stop while the posts are asked writes nothing, channels included', async () => {
    const s = setup();
    const id = await s.connect();
    const stored = await listProfiles();
    const onSynced = vi.fn(s.deps.onSynced);
    s.deps.onSynced = onSynced;
    s.buffer.world.channels.push({ id: 'tk', organizationId: 'org-1', service: 'tiktok', name: 'acme.tk' });
    s.buffer.world.posts.push({ id: 'p5', channelId: 'li', dueAt: hours(8), text: 'New' });
    s.buffer.world.hold = isPosts;
    clock.advance(MIN_SYNC_INTERVAL_MS);
    const sync = syncSource(id, s.deps, 'due');
    await until(() => s.buffer.world.held.length > 0);
    s.stop();
    s.buffer.release();
    expect(await sync).toEqual({ kind: 'skipped' });
    expect(await listProfiles()).toEqual(stored);
    expect(onSynced).not.toHaveBeenCalled();
  });
});
