import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOOL_IDS, type ToolId } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';

/** Loads the recorded answers of tests/fixtures/sources (format: tests/fixtures/sources/README.md). */

export const SOURCE_FIXTURES_DIR = join(__dirname, '../../fixtures/sources');
export const DEFAULT_NOW = '2026-11-26T12:00:00Z';
/** Stands in for a tool's key: shaped like one, marked FAKE. */
export const FIXTURE_KEY = 'FAKE-KEY-b7Qm29Xz41Lp83Rt65';
/** The self-hosted address fixtures of Mixpost and Postiz are recorded against. */
export const FIXTURE_BASE: Partial<Record<ToolId, string>> = { mixpost: 'https://social.example.test' };

const fixtureSchema = z.strictObject({
  source: z.string().min(10),
  /** Which request of the sync this answers (see `requestName`). */
  answers: z.string(),
  now: z.iso.datetime({ offset: true }).optional(),
  response: z.strictObject({
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string().regex(/^[a-z0-9-]+$/, 'lower-case header names'), z.string()),
    body: z.unknown(),
  }),
  /** A posts recording (`answers: "posts"`): what the sync asks the tool's `posts` for. */
  asks: z
    .strictObject({
      channelIds: z.array(z.string()),
      organizations: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  expect: z.union([
    z.strictObject({ ok: z.literal(true), channels: z.array(z.record(z.string(), z.unknown())) }),
    z.strictObject({
      ok: z.literal(true),
      posts: z.array(z.record(z.string(), z.unknown())),
      totals: z.record(z.string(), z.number()).optional(),
      cutShort: z.array(z.string()).optional(),
    }),
    z.strictObject({
      ok: z.literal(false),
      problem: z.string(),
      retryAfterMs: z.number().optional(),
    }),
  ]),
});

export interface SourceFixture {
  tool: ToolId;
  /** File name without `.json`. */
  name: string;
  source: string;
  answers: string;
  now: Date;
  asks?: z.infer<typeof fixtureSchema>['asks'];
  response: SourceResponse;
  expect: z.infer<typeof fixtureSchema>['expect'];
}

export function loadSourceFixture(tool: ToolId, file: string): SourceFixture {
  const checked = fixtureSchema.safeParse(
    JSON.parse(readFileSync(join(SOURCE_FIXTURES_DIR, tool, file), 'utf8')),
  );
  if (!checked.success) throw new Error(`${tool}/${file}: ${z.prettifyError(checked.error)}`);
  const { response, ...rest } = checked.data;
  return {
    tool,
    name: file.replace(/\.json$/, ''),
    source: rest.source,
    answers: rest.answers,
    now: new Date(rest.now ?? DEFAULT_NOW),
    ...(rest.asks ? { asks: rest.asks } : {}),
    response: {
      status: response.status,
      headers: response.headers,
      body: typeof response.body === 'string' ? response.body : JSON.stringify(response.body),
    },
    expect: rest.expect,
  };
}

export function fixtureTools(): string[] {
  return readdirSync(SOURCE_FIXTURES_DIR).filter((f) => statSync(join(SOURCE_FIXTURES_DIR, f)).isDirectory());
}

export function loadAllSourceFixtures(): SourceFixture[] {
  return TOOL_IDS.filter((tool) => fixtureTools().includes(tool)).flatMap((tool) =>
    readdirSync(join(SOURCE_FIXTURES_DIR, tool))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => loadSourceFixture(tool, f)),
  );
}

/** Which request of a tool's sync this is: the `answers` name of the fixtures that answer it. */
export function requestName(tool: ToolId, request: SourceRequest): string {
  const path = new URL(request.url).pathname;
  // Postiz reads its notices after its channels (a hint: see lib/sources/postiz/notifications.ts).
  if (tool === 'postiz' && path.endsWith('/notifications')) return 'notifications';
  switch (tool) {
    case 'buffer':
      if ((request.body ?? '').includes('posts(')) return 'posts';
      return (request.body ?? '').includes('channels(') ? 'channels' : 'organizations';
    case 'mixpost':
    case 'publer':
      return path.endsWith('/workspaces') ? 'workspaces' : 'accounts';
    case 'ayrshare':
      return 'user';
    case 'postiz':
      return 'integrations';
    case 'zernio':
      return 'health';
    case 'postfast':
      return 'accounts';
    case 'planable':
      return path.endsWith('/workspaces') ? 'workspaces' : path.endsWith('/posts') ? 'posts' : 'pages';
    case 'hootsuite':
      return 'profiles';
  }
}

/**
 * A perform that answers `fixture` to the request it records and the tool's default recording
 * (`<request name>.json`) to the others; it logs every request it got.
 */
export function fixturePerform(fixture: SourceFixture): { perform: Perform; log: SourceRequest[] } {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const name = requestName(fixture.tool, request);
    const answer = name === fixture.answers ? fixture : loadSourceFixture(fixture.tool, `${name}.json`);
    return { ok: true, response: answer.response };
  };
  return { perform, log };
}
