import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/lib/platforms/retry-after';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['whole seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['seconds with surrounding spaces', '  30 ', 30_000],
    ['an IMF-fixdate 90 s ahead', 'Thu, 26 Nov 2026 12:01:30 GMT', 90_000],
    ['an RFC 850 date 1 min ahead', 'Thursday, 26-Nov-26 12:01:00 GMT', 60_000],
    ['an asctime date 2 min ahead (no zone means GMT)', 'Thu Nov 26 12:02:00 2026', 120_000],
    ['a date in the past: no wait', 'Thu, 26 Nov 2026 11:00:00 GMT', 0],
  ])('reads %s', (_name, value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([
    ['no header', undefined],
    ['null', null],
    ['an empty value', ''],
    ['a negative number', '-5'],
    ['a decimal number', '1.5'],
    ['words', 'soon'],
    ['a date without a day name', '2026-11-26T12:01:00Z'],
    ['a day name with a broken date', 'Thu, 99 Foo 2026 GMT'],
    ['a number too big to be milliseconds', '9'.repeat(30)],
  ])('gives undefined for %s', (_name, value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
