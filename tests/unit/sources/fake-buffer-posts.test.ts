import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { worldPerform } from './world-perform';

const KEY = 'FAKE-KEY-posts-Hq28Lm';
const QUERY =
  'query Posts($input: PostsInput!, $first: Int, $after: String) { posts(input: $input, first: $first, ' +
  'after: $after) { edges { node { id channelId dueAt text status } } pageInfo { hasNextPage endCursor } } }';

/** The fake Buffer's `posts` query, as e2e tests set it up: filtered, soonest first, paged by cursor. */
describe('the fake Buffer lists scheduled posts', () => {
  let world: FakeWorld;
  beforeAll(async () => {
    world = await startWorld();
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setChannels([
      { id: 'ch-1', service: 'instagram', name: 'Acme Coffee' },
      { id: 'ch-2', service: 'facebook', name: 'Acme Coffee' },
    ]);
    buffer.setPosts([
      { id: 'p-3', channel: 'ch-1', dueAt: '2026-12-09T10:00:00Z', text: 'Third' },
      { id: 'p-1', channel: 'ch-1', dueAt: '2026-12-08T10:00:00Z', text: 'First' },
      { id: 'p-2', channel: 'ch-1', dueAt: '2026-12-08T12:00:00+01:00', text: 'Second' },
      { id: 'p-s', channel: 'ch-1', dueAt: '2026-12-01T10:00:00Z', text: 'Sent', status: 'sent' },
      { id: 'p-o', channel: 'ch-2', dueAt: '2026-12-08T09:00:00Z', text: 'Other channel' },
    ]);
  });
  afterAll(() => world.close());

  const ask = async (variables: Record<string, unknown>) => {
    const answer = await worldPerform(world)({
      method: 'POST',
      url: 'https://api.buffer.com',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    if (!answer.ok) throw new Error(answer.detail);
    return JSON.parse(answer.response.body).data.posts;
  };
  const input = { organizationId: 'org-fake-1', filter: { channelIds: ['ch-1'], status: ['scheduled'] } };

  it('answers the scheduled posts of the channels asked, soonest first, a page at a time', async () => {
    const page = await ask({ input, first: 2 });
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['p-1', 'p-2']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'p-2' });
    const next = await ask({ input, first: 2, after: 'p-2' });
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['p-3']);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('the real Buffer posts code reads it', async () => {
    const result = await SOURCES.buffer.posts!({
      key: KEY,
      perform: worldPerform(world),
      now: new Date('2026-12-07T12:00:00Z'),
      channelIds: ['ch-1'],
      organizations: { 'ch-1': 'org-fake-1' },
    });
    expect(result).toEqual({
      ok: true,
      posts: [
        { channelId: 'ch-1', dueAt: '2026-12-08T10:00:00Z', text: 'First' },
        { channelId: 'ch-1', dueAt: '2026-12-08T12:00:00+01:00', text: 'Second' },
        { channelId: 'ch-1', dueAt: '2026-12-09T10:00:00Z', text: 'Third' },
      ],
      requests: 1,
    });
  });
});
