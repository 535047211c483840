import { describe, expect, it } from 'vitest';
import { normaliseIsoDate } from '@/lib/domain/import-export';

describe('normaliseIsoDate (read in UTC; zones: local-date.test.ts)', () => {
  it.each([
    ['2026-11-30T09:00:00Z', '2026-11-30T09:00:00Z'],
    ['2026-10-01', '2026-10-01T00:00:00Z'],
    ['2026-11-30T09:00Z', '2026-11-30T09:00:00Z'],
    ['2026-11-30T09:00:00.000Z', '2026-11-30T09:00:00Z'],
    ['2026-11-30T09:00:00.5Z', '2026-11-30T09:00:00.500Z'],
    ['2026-11-30T09:00:00.123456Z', '2026-11-30T09:00:00.123Z'],
    ['2026-11-30T09:00:00,25Z', '2026-11-30T09:00:00.250Z'],
    ['2026-11-30T11:00:00+02:00', '2026-11-30T09:00:00Z'],
    ['2026-11-30T11:00:00+0200', '2026-11-30T09:00:00Z'],
    ['2026-11-30T11:00:00+02', '2026-11-30T09:00:00Z'],
    ['2026-11-30T23:30:00-01:00', '2026-12-01T00:30:00Z'],
    ['2026-11-30t09:00:00z', '2026-11-30T09:00:00Z'],
    ['  2026-11-30T09:00:00Z  ', '2026-11-30T09:00:00Z'],
    ['2028-02-29', '2028-02-29T00:00:00Z'],
    ['0099-01-01', '0099-01-01T00:00:00Z'],
  ])('reads %j as %s', (input, expected) => {
    expect(normaliseIsoDate(input, 'UTC')).toBe(expected);
  });

  it.each([
    ['a day-first date', '30/11/2026'],
    ['a time with no zone (a different moment on every computer)', '2026-11-30T09:00:00'],
    ['a space instead of T', '2026-11-30 09:00:00Z'],
    ['month 13', '2026-13-01'],
    ['day 31 of a 30-day month', '2026-11-31'],
    ['29 February in a common year', '2026-02-29'],
    ['hour 24', '2026-11-30T24:00:00Z'],
    ['minute 60', '2026-11-30T09:60:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset of 24 hours', '2026-11-30T09:00:00+24:00'],
    ['a year past 9999 once the offset is applied', '9999-12-31T23:30:00-01:00'],
    ['a two-digit year', '26-11-30'],
    ['a month name', '30 November 2026'],
    ['a Unix timestamp', '1795942800'],
    ['an empty string', ''],
  ])('refuses %s', (_case, input) => {
    expect(normaliseIsoDate(input, 'UTC')).toBeUndefined();
  });

  it('gives a canonical form that reads back as itself', () => {
    for (const input of ['2026-10-01', '2026-11-30T11:00:00.5+02:00', '2026-11-30T09:00Z']) {
      const once = normaliseIsoDate(input, 'UTC');
      expect(once && normaliseIsoDate(once, 'UTC')).toBe(once);
    }
  });
});
