import { describe, expect, it } from 'vitest';
import { profileIdentity } from '@/lib/domain/profile';
import { instanceBase } from '@/lib/sources/base-url';
import { normaliseHandle } from '@/lib/sources/handle';
import { retryWaitMs } from '@/lib/sources/rate-limit';

const now = new Date('2026-11-26T12:00:00Z');
const at = (headers: Record<string, string>, fallback?: number) =>
  retryWaitMs({ status: 429, headers, body: '' }, now, fallback);

describe('how long a tool asks us to wait', () => {
  it.each([
    ['Retry-After in seconds', { 'Retry-After': '120' }, undefined, 120_000],
    ['Retry-After as an HTTP date', { 'retry-after': 'Thu, 26 Nov 2026 12:00:30 GMT' }, undefined, 30_000],
    ['Retry-After in the past', { 'retry-after': 'Thu, 26 Nov 2026 11:00:00 GMT' }, undefined, 0],
    ['IETF RateLimit, structured (t=)', { ratelimit: '"default";r=0;t=45' }, undefined, 45_000],
    [
      'IETF RateLimit, older list (reset=)',
      { RateLimit: 'limit=100, remaining=0, reset=30' },
      undefined,
      30_000,
    ],
    ['RateLimit-Reset in seconds', { 'ratelimit-reset': '15' }, undefined, 15_000],
    [
      'X-RateLimit-Reset as Unix seconds',
      { 'x-ratelimit-reset': String(now.getTime() / 1000 + 300) },
      undefined,
      300_000,
    ],
    [
      'X-RateLimit-Reset as Unix milliseconds',
      { 'x-ratelimit-reset': String(now.getTime() + 5000) },
      undefined,
      5000,
    ],
    ['X-RateLimit-Reset in seconds from now', { 'x-ratelimit-reset': '60' }, undefined, 60_000],
    ['the body’s wait when no header says', {}, 900, 900_000],
    [
      'Retry-After before every other header and the body',
      { 'retry-after': '5', ratelimit: 't=50', 'x-ratelimit-reset': '70' },
      90,
      5000,
    ],
    ['nothing at all', {}, undefined, undefined],
    [
      'unreadable headers and a negative body wait',
      { 'retry-after': 'soon', 'x-ratelimit-reset': '-3' },
      -1,
      undefined,
    ],
  ] as const)('%s', (_what, headers, fallback, expected) => {
    expect(at({ ...headers }, fallback)).toBe(expected);
  });
});

describe('handles compare as profiles compare them', () => {
  it.each([
    ['@ExampleBakes', 'examplebakes'],
    ['  example-bakery ', 'example-bakery'],
    ['bakery@mastodon.example', 'bakery@mastodon.example'],
    ['Example Bakery High Street', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseHandle(raw)).toBe(expected);
    if (expected) {
      expect(profileIdentity({ platform: 'x', name: 'n', handle: raw })).toBe(
        profileIdentity({ platform: 'x', name: 'n', handle: expected }),
      );
    }
  });
});

describe('a self-hosted address', () => {
  it.each([
    ['https://social.example.test', '/mixpost', 'https://social.example.test/mixpost'],
    ['https://social.example.test/', '/mixpost', 'https://social.example.test/mixpost'],
    ['social.example.test', '/mixpost', 'https://social.example.test/mixpost'],
    ['https://example.test/social/', '/mixpost', 'https://example.test/social'],
    ['https://example.test:8443/app/mixpost', '/mixpost', 'https://example.test:8443/app/mixpost'],
    ['https://postiz.example.test/api', '', 'https://postiz.example.test/api'],
    ['http://social.example.test', '/mixpost', undefined],
    ['https://user:pass@social.example.test', '/mixpost', undefined],
    ['https://social.example.test/?token=1', '/mixpost', undefined],
    ['ftp://social.example.test', '/mixpost', undefined],
    ['not a url at all', '/mixpost', undefined],
    ['', '/mixpost', undefined],
  ])('%j → %j', (raw, path, expected) => {
    expect(instanceBase(raw, path)).toBe(expected);
  });
});
