import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlatformId } from '../../lib/domain/platform-id';
import type { FakeAnswer } from './answer';

/** Recorded answers: tests/fixtures/api/<platform>/<prefix><case>.json (format: tests/fixtures/api/README.md). */
const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/api/', import.meta.url));

/** The clock recorded answers are relative to, unless a file says otherwise (README). */
const DEFAULT_RECORDED_NOW = '2026-11-26T12:00:00Z';

/** Unix-second fields that move with the clock. */
const EPOCH_FIELDS = new Set(['expires_at', 'data_access_expires_at', 'issued_at', 'exp']);

interface RecordedFile {
  now?: string;
  response?: FakeAnswer;
}

const cache = new Map<string, RecordedFile | null>();

function load(file: string): RecordedFile | null {
  if (!cache.has(file)) {
    cache.set(file, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RecordedFile) : null);
  }
  return cache.get(file) ?? null;
}

/** Puts the token back where the recording says `{token}`, and moves recorded dates to the real clock. */
function replay(value: unknown, token: string, shiftSeconds: number, key?: string): unknown {
  if (typeof value === 'string') return value.replaceAll('{token}', token);
  if (typeof value === 'number' && key && EPOCH_FIELDS.has(key) && value > 0) return value + shiftSeconds;
  if (Array.isArray(value)) return value.map((v) => replay(v, token, shiftSeconds));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replay(v, token, shiftSeconds, k)]));
  }
  return value;
}

/** The recorded answer in tests/fixtures/api/<platform>/<name>.json, when that file exists. */
export function recordedAnswer(
  platform: PlatformId,
  name: string,
  token = '',
  now = new Date(),
): FakeAnswer | undefined {
  const file = join(FIXTURE_DIR, platform, `${name}.json`);
  const recorded = load(file);
  if (!recorded) return undefined;
  const response = recorded.response;
  if (!response || typeof response.status !== 'number') {
    throw new Error(`${file}: expected {"response": {"status", "headers", "body"}}`);
  }
  const shift = Math.round((now.getTime() - Date.parse(recorded.now ?? DEFAULT_RECORDED_NOW)) / 1000);
  return {
    status: response.status,
    headers: response.headers ?? {},
    body: replay(response.body, token, shift),
  };
}
