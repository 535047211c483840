import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { SOURCES } from '@/lib/sources';
import { listProfiles } from '@/lib/storage/profile-repository';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { backgroundFor, testClock } from '../background/context';
import { worldPerform } from './world-perform';

/**
 * Postiz's refresh-failure notices and the Postiz and Publer posts, against the real sync, merge and
 * repository, with the fake tools answering on their real hostnames.
 */
const clock = testClock('2026-12-07T12:00:00Z');
const KEY = 'TOOL-FAKE-KEY-POSTIZ-1';
const refresh = (provider: string) =>
  `Could not refresh your ${provider} channel invalid_grant. Please go back to the system and connect it again https://postiz.example.test/launches`;
let world: FakeWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});
beforeEach(() => {
  world.clearFaults();
  for (const tool of Object.values(world.tools)) tool.reset();
});

function background() {
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: worldPerform(world),
    onSynced: () => reconcile(clock.now),
    notifyProblem: async () => undefined,
  };
  return { ...backgroundFor(clock, async () => 0, deps), deps };
}

const verdictOf = async (name: string) =>
  (await reconcile(clock.now)).entries.find((e) => e.profile.name === name)?.verdict;

describe('Postiz: a refresh failure it noted is a dated notice on that provider’s channels', () => {
  beforeEach(() => {
    world.tools.postiz.setKey(KEY);
    world.tools.postiz.setChannels([
      { id: 'z1', service: 'linkedin', name: 'Example Cafe', handle: 'examplecafe' },
      { id: 'z2', service: 'linkedin-page', name: 'Example Cafe Ltd', handle: 'example-cafe' },
      { id: 'z3', service: 'x', name: 'Example Bakes', handle: 'examplebakes' },
    ]);
  });

  it('names the day, changes no status, and goes when Postiz no longer says it', async () => {
    world.tools.postiz.setNotices([
      { content: refresh('linkedin'), createdAt: '2026-12-05T08:00:00.000Z' },
      { content: 'Your post has been published on X', createdAt: '2026-12-06T08:00:00.000Z' },
    ]);
    const bg = background();
    const { source } = await bg.data({ type: 'source-connect', tool: 'postiz', key: KEY });
    const cafe = await verdictOf('Example Cafe');
    expect(cafe?.notices).toEqual([
      { reason: 'source-refresh-failed', tool: 'Postiz', at: '2026-12-05T08:00:00.000Z' },
    ]);
    // A listing and a hint: the status is what the dates say (nothing known), as without the notice.
    expect(cafe?.status).toBe((await verdictOf('Example Bakes'))?.status);
    expect((await verdictOf('Example Cafe Ltd'))?.notices).toBeUndefined();
    expect((await verdictOf('Example Bakes'))?.notices).toBeUndefined();
    const stored = (await listProfiles()).profiles.find((p) => p.name === 'Example Cafe');
    expect(stored?.sources?.[0]).toMatchObject({
      notices: ['refresh-failed'],
      refreshFailedAt: '2026-12-05T08:00:00.000Z',
    });

    world.tools.postiz.setNotices([]);
    clock.advance(20 * 60_000);
    await syncSource(source!.id, bg.deps, 'due');
    expect((await verdictOf('Example Cafe'))?.notices).toBeUndefined();
  });

  it('a notices request that fails leaves the sync successful and every channel listed', async () => {
    world.tools.postiz.setNotices([{ content: refresh('linkedin'), createdAt: '2026-12-05T08:00:00.000Z' }]);
    const perform = worldPerform(world);
    const result = await SOURCES.postiz.sync({
      key: KEY,
      now: clock.now(),
      perform: (request) =>
        request.url.includes('/notifications')
          ? Promise.resolve({ ok: true, response: { status: 503, headers: {}, body: 'down' } })
          : perform(request),
    });
    expect(result.ok && result.channels.map((c) => [c.externalId, c.notices])).toEqual([
      ['z1', undefined],
      ['z2', undefined],
      ['z3', undefined],
    ]);
  });

  it('lists the scheduled posts of the asked channels still to go out', async () => {
    world.tools.postiz.setPosts([
      { id: 'p1', channel: 'z1', dueAt: '2026-12-08T09:00:00Z', text: 'Winter menu &amp; soups' },
      { id: 'p2', channel: 'z1', dueAt: '2026-12-06T09:00:00Z', text: 'Yesterday', status: 'published' },
      { id: 'p3', channel: 'z1', dueAt: '2026-12-09T09:00:00Z', text: 'Failed', status: 'error' },
      { id: 'p4', channel: 'z3', dueAt: '2026-12-08T10:00:00Z', text: 'Not asked' },
    ]);
    const result = await SOURCES.postiz.posts?.({
      key: KEY,
      now: clock.now(),
      perform: worldPerform(world),
      channelIds: ['z1', 'z2'],
    });
    expect(result).toEqual({
      ok: true,
      posts: [{ channelId: 'z1', dueAt: '2026-12-08T09:00:00.000Z', text: 'Winter menu & soups' }],
      requests: 1,
    });
  });
});

describe('Publer lists the scheduled posts of the asked accounts in every workspace', () => {
  it('reads each workspace page by page and keeps only what is still due', async () => {
    const publer = world.tools.publer;
    publer.setKey(KEY);
    publer.setOrganizations([
      { id: 'ws-1', name: 'Bakery' },
      { id: 'ws-2', name: 'Florist' },
    ]);
    publer.setChannels([
      { id: 'a1', service: 'facebook', name: 'Example Bakery', organization: 'ws-1' },
      { id: 'a2', service: 'instagram', name: 'Example Florist', organization: 'ws-2' },
    ]);
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `b${i}`,
      channel: 'a1',
      dueAt: new Date(Date.parse('2026-12-08T00:00:00Z') + i * 3_600_000).toISOString(),
      text: `Bread number ${i}`,
    }));
    publer.setPosts([
      ...many,
      { id: 'f1', channel: 'a2', dueAt: '2026-12-10T09:00:00Z', text: 'Roses' },
      { id: 'f2', channel: 'a2', dueAt: '2026-12-11T09:00:00Z', text: 'Draft', status: 'draft' },
    ]);
    const result = await SOURCES.publer.posts?.({
      key: KEY,
      now: clock.now(),
      perform: worldPerform(world),
      channelIds: ['a1', 'a2'],
    });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    // Workspaces, then two pages of the bakery (25 posts, 20 a page) and one of the florist.
    expect(result.requests).toBe(4);
    expect(result.posts).toHaveLength(26);
    expect(result.posts[0]).toEqual({
      channelId: 'a1',
      dueAt: '2026-12-08T00:00:00.000Z',
      text: 'Bread number 0',
    });
    expect(result.posts.filter((p) => p.channelId === 'a2').map((p) => p.text)).toEqual(['Roses']);
  });
});
