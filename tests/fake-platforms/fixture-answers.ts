import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlatformId } from '../../lib/domain/platform-id';
import type { Endpoint, FakeAnswer } from './answer';
import type { TokenState } from './tokens';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/api/', import.meta.url));

/** The recorded fixture file names that hold the answer for a state, most specific first. */
function caseNames(endpoint: Endpoint, state: TokenState): string[] {
  const prefix = endpoint === 'me' ? '' : `${endpoint}-`;
  return [`${prefix}${state}`];
}

const cache = new Map<string, FakeAnswer | null>();

function read(platform: PlatformId, name: string): FakeAnswer | null {
  const file = join(FIXTURE_DIR, platform, `${name}.json`);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { response?: FakeAnswer };
  const response = parsed.response;
  if (!response || typeof response.status !== 'number') {
    throw new Error(`${file}: expected {"response": {"status", "headers", "body"}}`);
  }
  return { status: response.status, headers: response.headers ?? {}, body: response.body };
}

/** The recorded answer (tests/fixtures/api/<platform>/<case>.json) for a state, when one exists. */
export function recordedAnswer(
  platform: PlatformId,
  endpoint: Endpoint,
  state: TokenState,
): FakeAnswer | undefined {
  for (const name of caseNames(endpoint, state)) {
    const key = `${platform}/${name}`;
    if (!cache.has(key)) cache.set(key, read(platform, name));
    const answer = cache.get(key);
    if (answer) return answer;
  }
  return undefined;
}
