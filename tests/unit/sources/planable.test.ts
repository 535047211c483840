import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';
import { DEFAULT_NOW, FIXTURE_KEY, loadSourceFixture } from './source-fixtures';

const now = new Date(DEFAULT_NOW);
const planable = SOURCES.planable;
const workspaces = loadSourceFixture('planable', 'workspaces.json').response;
const ok = (body: unknown): SourceResponse => ({ status: 200, headers: {}, body: JSON.stringify(body) });
const page = (n: number, workspaceId = 'wks_1000000001') => ({
  id: `pg_${n}`,
  name: `Example Bakery ${n}`,
  platform: 'facebook',
  workspaceId,
  isConnected: true,
});
const pages = (from: number, count: number) => Array.from({ length: count }, (_, i) => page(from + i));

/** Answers by path; logs every request. */
function world(answer: (request: SourceRequest, url: URL) => SourceResponse) {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const url = new URL(request.url);
    if (url.pathname.endsWith('/workspaces')) return { ok: true, response: workspaces };
    return { ok: true, response: answer(request, url) };
  };
  return { perform, log };
}

describe('Planable: pages are read to the end, within bounds', () => {
  it('follows `hasMore` with offsets until the list ends, sending the token only in a header', async () => {
    const { perform, log } = world((_, url) => {
      const offset = Number(url.searchParams.get('offset'));
      return ok({
        data: pages(offset, offset === 0 ? 100 : 30),
        pagination: { offset, limit: 100, hasMore: offset === 0 },
      });
    });
    const result = await planable.sync({ key: FIXTURE_KEY, perform, now });
    expect(result.ok && result.channels.length).toBe(130);
    expect(result.requests).toBe(3);
    expect(log.map((r) => new URL(r.url).searchParams.get('offset'))).toEqual([null, '0', '100']);
    for (const r of log) {
      expect(r.url).not.toContain(FIXTURE_KEY);
      expect(r.headers.Authorization).toBe(`Bearer ${FIXTURE_KEY}`);
    }
  });

  it('a list that never ends fails as unreadable after 20 pages, never a partial list', async () => {
    const { perform, log } = world((_, url) => {
      const offset = Number(url.searchParams.get('offset'));
      return ok({ data: pages(offset, 100), pagination: { offset, limit: 100, hasMore: true } });
    });
    const result = await planable.sync({ key: FIXTURE_KEY, perform, now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe('unreadable');
    expect(log.length).toBe(21);
  });

  it('a 400 to a page of 100 asks again at Planable’s default size, kept for the rest of the sync', async () => {
    const { perform, log } = world((_, url) => {
      if (url.searchParams.has('limit'))
        return { status: 400, headers: {}, body: '{"error":{"code":"VALIDATION_ERROR","message":"limit"}}' };
      const offset = Number(url.searchParams.get('offset'));
      return ok({
        data: pages(offset, offset === 0 ? 20 : 5),
        pagination: { offset, limit: 20, hasMore: offset === 0 },
      });
    });
    const result = await planable.sync({ key: FIXTURE_KEY, perform, now });
    expect(result.ok && result.channels.length).toBe(25);
    expect(log.map((r) => new URL(r.url).search)).toEqual([
      '',
      '?offset=0&limit=100',
      '?offset=0',
      '?offset=20',
    ]);
  });

  it('a 400 at Planable’s default size too is the tool’s problem, asked no more', async () => {
    const { perform, log } = world(() => ({
      status: 400,
      headers: {},
      body: '{"error":{"code":"VALIDATION_ERROR"}}',
    }));
    const result = await planable.sync({ key: FIXTURE_KEY, perform, now });
    expect(!result.ok && result.problem).toBe('unreadable');
    expect(log.length).toBe(3);
  });

  it('"more" on an empty page stops at once (no loop)', async () => {
    const { perform, log } = world(() =>
      ok({ data: [], pagination: { offset: 0, limit: 100, hasMore: true } }),
    );
    const result = await planable.sync({ key: FIXTURE_KEY, perform, now });
    expect(!result.ok && result.problem).toBe('unreadable');
    expect(log.length).toBe(2);
  });
});

describe('Planable: posts of the asked pages', () => {
  const scheduled = (id: string, pageId: string, at: string) => ({
    id,
    pageId,
    plainText: `Post ${id}`,
    scheduledAt: at,
    scheduledSet: true,
    published: false,
    archived: false,
  });

  it('asks each page in its own workspace, sorts by time, and skips a page Planable no longer has', async () => {
    const { perform, log } = world((_, url) => {
      if (url.pathname.endsWith('/pages'))
        return ok({ data: [page(1), page(2, 'wks_1000000002')], pagination: { hasMore: false } });
      const pageId = url.searchParams.get('pageId');
      const at = pageId === 'pg_1' ? '2026-11-30T10:00:00Z' : '2026-11-27T10:00:00Z';
      return ok({ data: [scheduled(`p-${pageId}`, pageId!, at)], pagination: { hasMore: false } });
    });
    const result = await planable.posts!({
      key: FIXTURE_KEY,
      perform,
      now,
      channelIds: ['pg_1', 'pg_2', 'pg_9'],
    });
    expect(result).toEqual({
      ok: true,
      posts: [
        { channelId: 'pg_2', dueAt: '2026-11-27T10:00:00.000Z', text: 'Post p-pg_2' },
        { channelId: 'pg_1', dueAt: '2026-11-30T10:00:00.000Z', text: 'Post p-pg_1' },
      ],
      requests: 3,
    });
    const asked = log.filter((r) => r.url.includes('/posts?')).map((r) => new URL(r.url).searchParams);
    expect(asked.map((q) => [q.get('workspaceId'), q.get('pageId')])).toEqual([
      ['wks_1000000001', 'pg_1'],
      ['wks_1000000002', 'pg_2'],
    ]);
  });

  it('reads at most 3 pages of posts per page, and says the page has more (never a short count)', async () => {
    const { perform, log } = world((_, url) => {
      if (url.pathname.endsWith('/pages')) return ok({ data: [page(1)], pagination: { hasMore: false } });
      const offset = Number(url.searchParams.get('offset'));
      const data = Array.from({ length: 100 }, (_, i) =>
        scheduled(`p${offset + i}`, 'pg_1', '2026-12-01T10:00:00Z'),
      );
      return ok({ data, pagination: { offset, limit: 100, hasMore: true } });
    });
    const result = await planable.posts!({ key: FIXTURE_KEY, perform, now, channelIds: ['pg_1'] });
    expect(result.ok && result.posts.length).toBe(300);
    expect(result.ok && result.cutShort).toEqual(['pg_1']);
    expect(log.filter((r) => r.url.includes('/posts?')).length).toBe(3);
  });

  it('a page whose posts end within the reading is not cut short', async () => {
    const { perform } = world((_, url) => {
      if (url.pathname.endsWith('/pages')) return ok({ data: [page(1)], pagination: { hasMore: false } });
      const offset = Number(url.searchParams.get('offset'));
      const data = Array.from({ length: 100 }, (_, i) =>
        scheduled(`p${offset + i}`, 'pg_1', '2026-12-01T10:00:00Z'),
      );
      return ok({ data, pagination: { offset, limit: 100, hasMore: offset < 200 } });
    });
    const result = await planable.posts!({ key: FIXTURE_KEY, perform, now, channelIds: ['pg_1'] });
    expect(result.ok && result.posts.length).toBe(300);
    expect(result.ok && result.cutShort).toBeUndefined();
  });

  it('asks nothing for no page, and refuses more than 100 pages at once without a request', async () => {
    const { perform, log } = world(() => ok({ data: [] }));
    expect(await planable.posts!({ key: FIXTURE_KEY, perform, now, channelIds: [] })).toEqual({
      ok: true,
      posts: [],
      requests: 0,
    });
    const many = Array.from({ length: 101 }, (_, i) => `pg_${i}`);
    const result = await planable.posts!({ key: FIXTURE_KEY, perform, now, channelIds: many });
    expect(result.ok).toBe(false);
    expect(log).toEqual([]);
  });
});

describe('Planable posts at the border: any answer gives a well-formed result', () => {
  it('whatever `GET /posts` answers, no exception, and only kept fields within their limits', async () => {
    const fc = (await import('fast-check')).default;
    const entry = fc.record(
      {
        pageId: fc.oneof(fc.constant('pg_1'), fc.string()),
        plainText: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
        scheduledAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
          fc.constant(null),
        ),
        scheduledSet: fc.oneof(fc.boolean(), fc.constant('true')),
        published: fc.boolean(),
        archived: fc.boolean(),
        publicShareLink: fc.oneof(fc.webUrl(), fc.string()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 100, max: 599 }),
        fc.oneof(fc.array(entry), fc.jsonValue()),
        async (status, data) => {
          const { perform } = world((_, url) =>
            url.pathname.endsWith('/pages')
              ? ok({ data: [page(1)], pagination: { hasMore: false } })
              : { status, headers: {}, body: JSON.stringify({ data, pagination: { hasMore: false } }) },
          );
          const result = await planable.posts!({ key: FIXTURE_KEY, perform, now, channelIds: ['pg_1'] });
          if (!result.ok) {
            expect(result.detail).not.toContain(FIXTURE_KEY);
            return;
          }
          expect(status).toBeGreaterThanOrEqual(200);
          for (const post of result.posts) {
            expect(post.channelId).toBe('pg_1');
            expect(post.text.length).toBeLessThanOrEqual(40);
            expect(Date.parse(post.dueAt)).toBeGreaterThan(now.getTime());
            if (post.url) expect(post.url.startsWith('https://')).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
