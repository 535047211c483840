import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isPlatformId, type PlatformId } from '@/lib/domain/platform-id';
import type { LiveCheckRequest, LiveCheckResponse } from '@/lib/platforms/types';

/** Loads the recorded answers of tests/fixtures/api (format: tests/fixtures/api/README.md). */

export const FIXTURES_DIR = join(__dirname, '../../fixtures/api');
export const DEFAULT_NOW = '2026-11-26T12:00:00Z';
/** Stands in for `{token}`: URL-safe, and shaped like a real token (letters and digits). */
export const FIXTURE_TOKEN = 'EAAB-FAKE-Zx81Qw72Er63Ty54Ui45Op36';

const fixtureSchema = z.strictObject({
  description: z.string().min(10),
  /** Where the recorded answer comes from (an SDK test suite, an issue thread), when it is a real one. */
  source: z.url().optional(),
  /** What was changed from the recording (ids, names), or why the case is built rather than recorded. */
  notes: z.string().min(10).optional(),
  now: z.iso.datetime({ offset: true }).optional(),
  request: z.strictObject({
    method: z.enum(['GET', 'POST']),
    url: z.url(),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.string().optional(),
  }),
  response: z.strictObject({
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string().regex(/^[a-z0-9-]+$/, 'lower-case header names'), z.string()),
    body: z.unknown(),
  }),
  expect: z.looseObject({ outcome: z.enum(['valid', 'invalid', 'transient', 'inconclusive', 'next']) }),
});

export interface ApiFixture {
  platform: PlatformId;
  /** File name without `.json`. */
  name: string;
  description: string;
  source?: string;
  now: Date;
  request: LiveCheckRequest;
  response: LiveCheckResponse;
  expect: Record<string, unknown>;
}

function substitute<T>(value: T, token: string): T {
  return JSON.parse(JSON.stringify(value).split('{token}').join(token)) as T;
}

export function loadFixture(platform: PlatformId, file: string, token = FIXTURE_TOKEN): ApiFixture {
  const path = join(FIXTURES_DIR, platform, file);
  const checked = fixtureSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!checked.success) throw new Error(`${platform}/${file}: ${z.prettifyError(checked.error)}`);
  const parsed = checked.data;
  const { body } = parsed.response;
  return {
    platform,
    name: file.replace(/\.json$/, ''),
    description: parsed.description,
    source: parsed.source,
    now: new Date(parsed.now ?? DEFAULT_NOW),
    // Tokens used here are URL-safe, so the same text stands in the URL and in headers.
    request: substitute(parsed.request, token) as LiveCheckRequest,
    response: {
      status: parsed.response.status,
      headers: parsed.response.headers,
      body: substitute(typeof body === 'string' ? body : JSON.stringify(body), token),
    },
    expect: parsed.expect as Record<string, unknown>,
  };
}

/** The platform folders under tests/fixtures/api. */
export function fixturePlatforms(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => statSync(join(FIXTURES_DIR, f)).isDirectory());
}

export function loadAllFixtures(): ApiFixture[] {
  return fixturePlatforms().flatMap((platform) => {
    if (!isPlatformId(platform)) throw new Error(`tests/fixtures/api/${platform} is not a platform`);
    return readdirSync(join(FIXTURES_DIR, platform))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => loadFixture(platform, file));
  });
}
