import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST_TEXT_MAX } from '@/lib/domain/source-record';
import { posts, readPostsPage } from '@/lib/sources/buffer/posts';
import { POSTS_PAGE, POSTS_PAGES } from '@/lib/sources/buffer/requests';
import type { Perform, SourceRequest } from '@/lib/sources/types';

const KEY = 'FAKE-KEY-bufferposts-Lq82';
const now = new Date('2026-11-26T12:00:00Z');

/** A Buffer that has `count` scheduled posts per channel, served `first` at a time by cursor. */
function pagedBuffer(count: number) {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const { variables } = JSON.parse(request.body!);
    const channels: string[] = variables.input.filter.channelIds;
    const all = channels.flatMap((c) =>
      Array.from({ length: count }, (_, i) => ({
        id: `${c}-${String(i).padStart(4, '0')}`,
        channelId: c,
        status: 'scheduled',
        dueAt: new Date(now.getTime() + (i + 1) * 60_000).toISOString(),
        text: `Post ${i}`,
      })),
    );
    const start = variables.after ? all.findIndex((p) => p.id === variables.after) + 1 : 0;
    const page = all.slice(start, start + variables.first);
    const body = {
      data: {
        posts: {
          edges: page.map((node) => ({ node, cursor: node.id })),
          pageInfo: { hasNextPage: start + variables.first < all.length, endCursor: page.at(-1)?.id ?? null },
        },
      },
    };
    return { ok: true, response: { status: 200, headers: {}, body: JSON.stringify(body) } };
  };
  return { perform, log };
}

describe('Buffer’s scheduled posts', () => {
  it('asks per organization for the scheduled posts of those channels, soonest first, a page of 100', async () => {
    const { perform, log } = pagedBuffer(3);
    const result = await posts({
      key: KEY,
      perform,
      now,
      channelIds: ['a', 'b', 'c'],
      organizations: { a: 'org-1', b: 'org-2', c: 'org-1' },
    });
    expect(result).toMatchObject({ ok: true, requests: 2 });
    expect(result.ok && result.posts).toHaveLength(9);
    expect(result.ok && result.cutShort).toBeUndefined();
    const inputs = log.map((r) => JSON.parse(r.body!).variables);
    expect(inputs).toEqual([
      {
        input: {
          organizationId: 'org-1',
          filter: { channelIds: ['a', 'c'], status: ['scheduled'] },
          sort: [{ field: 'dueAt', direction: 'asc' }],
        },
        first: POSTS_PAGE,
      },
      expect.objectContaining({ input: expect.objectContaining({ organizationId: 'org-2' }) }),
    ]);
    for (const r of log) expect(r.headers.Authorization).toBe(`Bearer ${KEY}`);
  });

  it('stops after two pages and says those channels have more', async () => {
    const { perform, log } = pagedBuffer(150);
    const result = await posts({
      key: KEY,
      perform,
      now,
      channelIds: ['a', 'b'],
      organizations: { a: 'o', b: 'o' },
    });
    expect(log).toHaveLength(POSTS_PAGES);
    expect(JSON.parse(log[1]!.body!).variables.after).toBe('a-0099');
    expect(result).toMatchObject({ ok: true, cutShort: ['a', 'b'], requests: POSTS_PAGES });
    expect(result.ok && result.posts).toHaveLength(POSTS_PAGES * POSTS_PAGE);
  });

  it('does not guess a channel’s organization: it fails, and the background keeps the last posts', async () => {
    const { perform, log } = pagedBuffer(1);
    const result = await posts({ key: KEY, perform, now, channelIds: ['a'] });
    expect(result).toMatchObject({ ok: false, problem: 'not-found', requests: 0 });
    expect(log).toHaveLength(0);
  });

  it('a failed second page fails the whole answer (never a partial list read as complete)', async () => {
    const paged = pagedBuffer(150);
    let calls = 0;
    const perform: Perform = async (r) =>
      ++calls === 2 ? { ok: false, kind: 'timeout', detail: 'no answer in 10 s' } : paged.perform(r);
    const result = await posts({ key: KEY, perform, now, channelIds: ['a'], organizations: { a: 'o' } });
    expect(result).toMatchObject({ ok: false, problem: 'timeout', requests: 2 });
  });
});

describe('a page of Buffer’s posts, read at the border (properties)', () => {
  it('any answer is either unreadable or posts with a channel and text no longer than kept', () => {
    const node = fc.record(
      {
        id: fc.string(),
        channelId: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        status: fc.oneof(fc.constantFrom('scheduled', 'sent', 'draft'), fc.anything()),
        dueAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constant(null),
          fc.string(),
        ),
        text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constant(null)),
      },
      { requiredKeys: [] },
    );
    const page = fc.oneof(
      fc.anything(),
      fc.record({
        posts: fc.oneof(
          fc.anything(),
          fc.record({
            edges: fc.oneof(
              fc.constant(null),
              fc.array(fc.oneof(fc.record({ node }), fc.anything()), { maxLength: 5 }),
            ),
            pageInfo: fc.record({
              hasNextPage: fc.anything(),
              endCursor: fc.oneof(fc.string(), fc.constant(null)),
            }),
          }),
        ),
      }),
    );
    fc.assert(
      fc.property(page, (data) => {
        const read = readPostsPage(
          typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
        );
        if (!read) return;
        for (const p of read.posts) {
          expect(p.channelId.length).toBeGreaterThan(0);
          expect(p.text.length).toBeLessThanOrEqual(POST_TEXT_MAX);
          expect(p.text).not.toMatch(/[\n\r\t]/);
        }
        if (read.next !== undefined) expect(read.next.length).toBeGreaterThan(0);
      }),
    );
  });
});
