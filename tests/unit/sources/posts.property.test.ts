import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST_TEXT_MAX, storedPostSchema } from '@/lib/domain/source-record';
import { SOURCES, SYNC_PROBLEMS } from '@/lib/sources';
import { firstWords, instant } from '@/lib/sources/scheduled-posts';
import type { Perform, PostsResult, SourceResponse } from '@/lib/sources/types';
import { DEFAULT_NOW, loadSourceFixture } from './source-fixtures';

const KEY = 'FAKE-KEY-posts-Wq82Nz17Lx';
const now = new Date(DEFAULT_NOW);
const ASKED = ['cm0000000000000000000001', '65bb00000000000000000001', '7'];
const TOOLS = ['postiz', 'publer'] as const;

/** Answers `response` to every posts request and the tool's recording to the others (Publer's workspaces). */
function run(tool: (typeof TOOLS)[number], response: SourceResponse): Promise<PostsResult> {
  const perform: Perform = async (request) => {
    expect(request.url).not.toContain(KEY);
    if (new URL(request.url).pathname.endsWith('/posts')) return { ok: true, response };
    return { ok: true, response: loadSourceFixture(tool, 'workspaces.json').response };
  };
  const posts = SOURCES[tool].posts;
  if (!posts) throw new Error(`${tool} lists no posts`);
  return posts({ key: KEY, perform, now, channelIds: ASKED });
}

function expectWellFormed(result: PostsResult): void {
  expect(Number.isInteger(result.requests)).toBe(true);
  if (!result.ok) {
    expect(SYNC_PROBLEMS).toContain(result.problem);
    expect(result.detail.length).toBeGreaterThan(0);
    expect(result.detail).not.toContain(KEY);
    return;
  }
  for (const post of result.posts) {
    expect(ASKED).toContain(post.channelId);
    expect(Date.parse(post.dueAt)).toBeGreaterThan(now.getTime());
    expect(storedPostSchema.safeParse(post).success).toBe(true);
  }
  for (const total of Object.values(result.totals ?? {})) expect(Number.isInteger(total)).toBe(true);
}

const body = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  // Post-like entries with random fields, in either tool's wrapper.
  fc
    .array(
      fc.record({
        id: fc.oneof(fc.string(), fc.nat()),
        state: fc.constantFrom('QUEUE', 'PUBLISHED', 'scheduled', 'scheduled_reauth', 'draft', 42),
        content: fc.oneof(fc.string(), fc.constant(null)),
        text: fc.string(),
        publishDate: fc.oneof(
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
          fc.string(),
        ),
        scheduled_at: fc.oneof(
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
          fc.string(),
        ),
        account_id: fc.constantFrom(...ASKED, 'other'),
        integration: fc.record({ id: fc.constantFrom(...ASKED, 'other') }),
      }),
    )
    .map((posts) => JSON.stringify({ posts })),
);

describe('at the border: any posts answer gives a well-formed result, never an exception nor a verdict', () => {
  it.each(TOOLS)('%s: any status, body gives well-formed posts of the asked channels only', async (tool) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 100, max: 599 }), body, async (status, b) =>
        expectWellFormed(await run(tool, { status, headers: {}, body: b })),
      ),
      { numRuns: 80 },
    );
  });

  it.each(TOOLS)('%s: 5xx is always the tool’s failure and 429 always a rate limit', async (tool) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 500, max: 599 }), fc.constant(429)),
        body,
        async (status, b) => {
          const result = await run(tool, { status, headers: {}, body: b });
          expect(result).toMatchObject({
            ok: false,
            problem: status === 429 ? 'rate-limited' : 'server-error',
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('firstWords', () => {
  it(`keeps at most ${POST_TEXT_MAX} UTF-16 units and never half a character`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const cut = firstWords(text);
        expect(cut.length).toBeLessThanOrEqual(POST_TEXT_MAX);
        expect(cut).toBe(cut.trim());
        const last = cut.charCodeAt(cut.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
    );
  });

  it('drops markup and reads entities', () => {
    expect(firstWords('<p>Tea &amp; cake&nbsp;<b>today</b></p>')).toBe('Tea & cake today');
    expect(firstWords('&#128512; hi &bogus;')).toBe('😀 hi &bogus;');
  });
});

describe('instant', () => {
  it('reads a time only with its zone, and only within years 0000–9999 (found by the property above)', () => {
    expect(instant('2026-12-05T10:00:00+02:00')).toBe('2026-12-05T08:00:00.000Z');
    expect(instant('2026-12-05 10:00')).toBeUndefined();
    expect(instant('+010000-01-01T00:00:00.000Z')).toBeUndefined();
    expect(instant(1_800_000_000)).toBeUndefined();
  });
});
