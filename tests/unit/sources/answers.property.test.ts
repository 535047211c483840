import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_STATES, SOURCES, SYNC_PROBLEMS, TOOL_IDS, type ToolId } from '@/lib/sources';
import type { Perform, SourceResponse, SyncResult } from '@/lib/sources/types';
import { DEFAULT_NOW, FIXTURE_BASE, loadSourceFixture, requestName } from './source-fixtures';

const KEY = 'FAKE-KEY-prop-Zq93Lx27Wm';
const now = new Date(DEFAULT_NOW);
/** The request each tool makes first, and the one after it (tools with two steps). */
const FIRST: Record<ToolId, string> = {
  buffer: 'organizations',
  mixpost: 'workspaces',
  ayrshare: 'user',
  publer: 'workspaces',
  postiz: 'integrations',
  zernio: 'health',
  postfast: 'accounts',
  planable: 'workspaces',
  hootsuite: 'profiles',
};
const SECOND: Partial<Record<ToolId, string>> = {
  buffer: 'channels',
  mixpost: 'accounts',
  publer: 'accounts',
  planable: 'pages',
};

/** Answers `response` at the request called `at`, and the tool's normal recording before it. */
function performAt(
  tool: ToolId,
  at: string,
  response: SourceResponse,
  key = KEY,
): { perform: Perform; urls: string[] } {
  const urls: string[] = [];
  const perform: Perform = async (request) => {
    urls.push(request.url);
    expect(request.url).not.toContain(key);
    const name = requestName(tool, request);
    return { ok: true, response: name === at ? response : loadSourceFixture(tool, `${name}.json`).response };
  };
  return { perform, urls };
}

function run(tool: ToolId, at: string, response: SourceResponse, key = KEY): Promise<SyncResult> {
  const { perform } = performAt(tool, at, response, key);
  return SOURCES[tool].sync({ key, baseUrl: FIXTURE_BASE[tool], perform, now });
}

/** What any result must look like, whatever came back. */
function expectWellFormed(result: SyncResult, key = KEY): void {
  expect(Number.isInteger(result.requests)).toBe(true);
  if (result.ok) {
    for (const c of result.channels) {
      expect(CHANNEL_STATES).toContain(c.state);
      expect(c.externalId.length).toBeGreaterThan(0);
      expect(c.name.length).toBeGreaterThan(0);
      if (c.expiresAt !== undefined) expect(Number.isNaN(Date.parse(c.expiresAt))).toBe(false);
    }
  } else {
    expect(SYNC_PROBLEMS).toContain(result.problem);
    expect(result.detail.length).toBeGreaterThan(0);
    expect(result.detail.length).toBeLessThanOrEqual(200);
    expect(result.detail).not.toContain(key);
    if (result.retryAfterMs !== undefined) expect(result.retryAfterMs).toBeGreaterThanOrEqual(0);
  }
}

const steps = TOOL_IDS.flatMap((tool) => [
  [tool, FIRST[tool]] as const,
  ...(SECOND[tool] ? [[tool, SECOND[tool] as string] as const] : []),
]);

const headerNames = fc.constantFrom(
  'retry-after',
  'ratelimit',
  'ratelimit-reset',
  'x-ratelimit-reset',
  // PostFast's per-throttler waits.
  'retry-after-long',
  'content-type',
);
const headers = fc.dictionary(
  headerNames,
  fc.oneof(
    fc.string(),
    fc.nat().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  ),
);
const notJson = fc.string().filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});

describe('at the border: random answers never crash a sync and never invent a channel state', () => {
  it.each(steps)(
    '%s (%s): any status, headers and body give a well-formed result, never an exception',
    async (tool, at) => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 100, max: 599 }),
          headers,
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          async (status, hs, body) => expectWellFormed(await run(tool, at, { status, headers: hs, body })),
        ),
        { numRuns: 60 },
      );
    },
  );

  it.each(steps)(
    '%s (%s): a body that is not JSON is unreadable (or the status’s own problem), never channels',
    async (tool, at) => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 200, max: 599 }), notJson, async (status, body) => {
          const result = await run(tool, at, { status, headers: {}, body });
          expect(result.ok).toBe(false);
          if (!result.ok && status >= 200 && status <= 299) expect(result.problem).toBe('unreadable');
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(steps)(
    '%s (%s): a non-2xx status never yields channels, whatever the body says',
    async (tool, at) => {
      const good = loadSourceFixture(tool, `${at}.json`).response;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 100, max: 599 }).filter((s) => s < 200 || s > 299),
          async (status) => {
            const result = await run(tool, at, { ...good, status });
            expect(result.ok).toBe(false);
            expectWellFormed(result);
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(steps)(
    '%s (%s): 5xx is always the tool’s failure and 429 always a rate limit, whatever the body',
    async (tool, at) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.integer({ min: 500, max: 599 }), fc.constant(429)),
          headers,
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          async (status, hs, body) => {
            const result = await run(tool, at, { status, headers: hs, body });
            expect(result).toMatchObject({
              ok: false,
              problem: status === 429 ? 'rate-limited' : 'server-error',
            });
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(steps)(
    '%s (%s): random JSON reports a channel only with an id from the answer, and "disconnected" only when the answer says so',
    async (tool, at) => {
      const said: Partial<Record<ToolId, RegExp>> = {
        buffer: /"isDisconnected":true/,
        mixpost: /"authorized":false/,
        zernio: /"needsReconnect":true|"tokenValid":false/,
        postfast: /"connectionStatus":"\s*disabled\s*"/i,
      };
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const body = JSON.stringify(value);
          const result = await run(tool, at, { status: 200, headers: {}, body });
          expectWellFormed(result);
          if (!result.ok) return;
          for (const c of result.channels) {
            if (at === FIRST[tool] && SECOND[tool]) continue; // channels then come from the recorded second answer
            expect(body).toContain(c.externalId.split(':').pop() ?? '');
            if (c.state === 'disconnected') expect(body).toMatch(said[tool] ?? /^$/);
          }
        }),
        { numRuns: 80 },
      );
    },
  );

  it.each(steps)(
    '%s (%s): a well-formed answer with one field broken stays well-formed',
    async (tool, at) => {
      const good = loadSourceFixture(tool, `${at}.json`).response;
      const parsed = JSON.parse(good.body) as unknown;
      /** Every path to a value inside the answer. */
      const paths: (string | number)[][] = [];
      const walk = (v: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (Array.isArray(v)) {
          for (const [i, x] of v.entries()) walk(x, [...path, i]);
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      };
      walk(parsed, []);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, replacement) => {
          const copy = structuredClone(parsed) as Record<string | number, unknown>;
          let target: Record<string | number, unknown> = copy;
          for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
          if (path.length > 0) target[path.at(-1) as string | number] = replacement;
          const body = path.length === 0 ? replacement : copy;
          expectWellFormed(await run(tool, at, { ...good, body: JSON.stringify(body) }));
        }),
        { numRuns: 80 },
      );
    },
  );

  it.each(TOOL_IDS)(
    '%s: the key is only in a header, and never in a detail even when the answer echoes it',
    async (tool) => {
      await fc.assert(
        fc.asyncProperty(
          fc.stringMatching(/^[A-Za-z0-9_-]{12,48}$/),
          fc.constantFrom(401, 403, 429, 500),
          async (key, status) => {
            const echo = JSON.stringify({
              message: `Key ${key} is not valid`,
              msg: key,
              errors: [{ message: key }],
            });
            const { perform, urls } = performAt(tool, FIRST[tool], { status, headers: {}, body: echo }, key);
            const result = await SOURCES[tool].sync({ key, baseUrl: FIXTURE_BASE[tool], perform, now });
            expect(result.ok).toBe(false);
            expectWellFormed(result, key);
            for (const url of urls) expect(url).not.toContain(encodeURIComponent(key));
          },
        ),
        { numRuns: 30 },
      );
    },
  );
});
