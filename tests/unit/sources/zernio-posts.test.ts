import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST_TEXT_MAX } from '@/lib/domain/source-record';
import { SOURCES } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';
import { POSTS_PAGES_MAX } from '@/lib/sources/zernio';

/** Zernio's scheduled posts (docs/publishing-tools.md, Zernio, "Posts"), from a recorded list. */
const KEY = 'FAKE-KEY-zernio-posts-Hk52Tq';
const now = new Date('2026-11-26T12:00:00Z');
const X = '64e1f0a1b2c3d4e5f6a70002';
const IG = '64e1f0a1b2c3d4e5f6a70001';
const recorded = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/posts/zernio/scheduled.json'), 'utf8'),
) as { response: { status: number; headers: Record<string, string>; body: unknown } };

function answering(pages: (page: number) => SourceResponse): { perform: Perform; log: SourceRequest[] } {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const page = Number(new URL(request.url).searchParams.get('page'));
    return { ok: true, response: pages(page) };
  };
  return { perform, log };
}

const recordedPage = (): SourceResponse => ({
  ...recorded.response,
  body: JSON.stringify(recorded.response.body),
});
const posts = (perform: Perform, channelIds: string[]) =>
  SOURCES.zernio.posts!({ key: KEY, perform, now, channelIds });

describe('Zernio: the scheduled posts of the asked accounts', () => {
  it('keeps each account’s own time and first words, only posts still to go out, soonest first', async () => {
    const { perform, log } = answering(recordedPage);
    const result = await posts(perform, [X]);
    expect(result).toEqual({
      ok: true,
      requests: 1,
      posts: [
        { channelId: X, dueAt: '2026-11-27T09:00:00.000Z', text: 'Sourdough class on Saturday' },
        { channelId: X, dueAt: '2026-11-28T10:00:00.000Z', text: 'Our advent menu is here: twelve bakes, o' },
      ],
    });
    expect(log[0]).toMatchObject({
      method: 'GET',
      url: 'https://zernio.com/api/v1/posts?status=scheduled&limit=100&page=1',
      headers: { Authorization: `Bearer ${KEY}` },
    });
    expect(log[0]?.url).not.toContain(KEY);
  });

  it('reads a per-account override of time and text, and never more than the first words', async () => {
    const result = await posts(answering(recordedPage).perform, [IG]);
    expect(result).toMatchObject({
      ok: true,
      posts: [{ channelId: IG, dueAt: '2026-11-28T12:30:00.000Z', text: 'Advent menu 🎄 twelve bakes' }],
    });
    if (result.ok)
      for (const p of result.posts) expect([...p.text].length).toBeLessThanOrEqual(POST_TEXT_MAX);
  });

  it('asks nothing when no account is asked for', async () => {
    const { perform, log } = answering(recordedPage);
    expect(await posts(perform, [])).toEqual({ ok: true, posts: [], requests: 0 });
    expect(log).toHaveLength(0);
  });

  it('reads every page, and fails rather than count short when there are too many', async () => {
    const page = (n: number, pages: number): SourceResponse => ({
      status: 200,
      headers: {},
      body: JSON.stringify({
        posts: [
          {
            content: `Post ${n}`,
            status: 'scheduled',
            scheduledFor: `2026-12-0${n}T10:00:00Z`,
            platforms: [{ accountId: { _id: X }, status: 'pending' }],
          },
        ],
        pagination: { page: n, limit: 100, total: pages, pages },
      }),
    });
    const three = answering((n) => page(n, 3));
    const result = await posts(three.perform, [X]);
    expect(result).toMatchObject({ ok: true, requests: 3 });
    expect(result.ok && result.posts.map((p) => p.text)).toEqual(['Post 1', 'Post 2', 'Post 3']);

    const many = answering((n) => page(n, POSTS_PAGES_MAX + 1));
    expect(await posts(many.perform, [X])).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(many.log).toHaveLength(POSTS_PAGES_MAX);
  });

  it('a refused key, a rate limit or an outage is a failure, never an empty list', async () => {
    for (const [status, problem] of [
      [401, 'key-refused'],
      [429, 'rate-limited'],
      [503, 'server-error'],
    ] as const) {
      const failing = answering(() => ({ status, headers: {}, body: '{"code":"x","error":"no"}' }));
      expect(await posts(failing.perform, [X])).toMatchObject({ ok: false, problem });
    }
    const garbage = answering(() => ({ status: 200, headers: {}, body: '<html></html>' }));
    expect(await posts(garbage.perform, [X])).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('at the border: any answer gives posts only of the asked accounts, still to go out, first words only', async () => {
    const target = fc.record(
      {
        accountId: fc.oneof(
          fc.constantFrom(X, IG, 'other'),
          fc.record({ _id: fc.constantFrom(X, IG, 'other') }),
          fc.jsonValue(),
        ),
        status: fc.oneof(fc.constantFrom('pending', 'published', 'failed'), fc.jsonValue()),
        scheduledFor: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        customContent: fc.oneof(fc.string({ maxLength: 80 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const post = fc.record(
      {
        content: fc.oneof(fc.string({ maxLength: 120 }), fc.jsonValue()),
        status: fc.oneof(fc.constant('scheduled'), fc.jsonValue()),
        scheduledFor: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        platforms: fc.oneof(fc.array(target, { maxLength: 3 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.record({
        posts: fc.array(fc.oneof(post, fc.jsonValue()), { maxLength: 4 }),
        pagination: fc.jsonValue(),
      }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 100, max: 599 }), body, async (status, value) => {
        const { perform } = answering(() => ({ status, headers: {}, body: JSON.stringify(value) }));
        const result = await posts(perform, [X]);
        if (!result.ok) {
          expect(result.detail).not.toContain(KEY);
          return;
        }
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(300);
        for (const p of result.posts) {
          expect(p.channelId).toBe(X);
          expect(Date.parse(p.dueAt)).toBeGreaterThanOrEqual(now.getTime());
          expect([...p.text].length).toBeLessThanOrEqual(POST_TEXT_MAX);
          expect(p.url).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });
});
