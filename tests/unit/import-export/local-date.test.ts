import { describe, expect, it } from 'vitest';
import {
  instantToPlainDate,
  isLaterThanNow,
  normaliseIsoDate,
  plainDateToInstant,
} from '@/lib/domain/import-export';

/** The rule: a plain date is midnight at the start of that day in the user's own zone. */
describe('plain dates are the user’s local midnight', () => {
  it.each([
    ['America/New_York', '2026-11-30', '2026-11-30T05:00:00.000Z'],
    ['Asia/Tokyo', '2026-11-30', '2026-11-29T15:00:00.000Z'],
    ['UTC', '2026-11-30', '2026-11-30T00:00:00.000Z'],
    // Summer time: New York is UTC−4 in July.
    ['America/New_York', '2026-07-01', '2026-07-01T04:00:00.000Z'],
    // Chile skips midnight when summer time starts (00:00 → 01:00): the day starts at 01:00.
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z'],
  ])('in %s, %s starts at %s', (zone, date, instant) => {
    expect(plainDateToInstant(date, zone)?.toISOString()).toBe(instant);
  });

  it.each(['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'in %s, a plain date read and shown again is the same day, both ways',
    (zone) => {
      for (const date of ['2026-01-01', '2026-03-08', '2026-11-01', '2026-11-30', '2028-02-29']) {
        const instant = plainDateToInstant(date, zone)!;
        expect(instantToPlainDate(instant, zone)).toBe(date);
        // The day before the start of the day is the previous one: the instant is that day's first moment.
        expect(instantToPlainDate(new Date(instant.getTime() - 1), zone)).not.toBe(date);
      }
    },
  );

  it('one instant is a different calendar day on each side of the date line', () => {
    const instant = new Date('2026-11-30T03:00:00Z');
    expect(instantToPlainDate(instant, 'America/New_York')).toBe('2026-11-29');
    expect(instantToPlainDate(instant, 'Asia/Tokyo')).toBe('2026-11-30');
  });

  it('an import reads a plain date in the given zone, and a date with a time as the instant it names', () => {
    expect(normaliseIsoDate('2026-11-30', 'America/New_York')).toBe('2026-11-30T05:00:00Z');
    expect(normaliseIsoDate('2026-11-30', 'Asia/Tokyo')).toBe('2026-11-29T15:00:00Z');
    expect(normaliseIsoDate('2026-11-30T09:00:00Z', 'Asia/Tokyo')).toBe('2026-11-30T09:00:00Z');
  });

  it.each(['2026-02-30', '2026-13-01', '26-11-30', '2026-11-30T09:00:00Z', ''])(
    '%j is no plain date',
    (v) => {
      expect(plainDateToInstant(v, 'UTC')).toBeUndefined();
    },
  );
});

describe('later than now', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it.each([
    ['2026-11-26T12:00:59Z', false],
    ['2026-11-26T12:01:00Z', false],
    ['2026-11-26T12:01:01Z', true],
    ['2026-11-27T00:00:00Z', true],
    ['2026-11-20T00:00:00Z', false],
  ])('%s is later than now past a minute of clock skew: %s', (iso, later) => {
    expect(isLaterThanNow(iso, now)).toBe(later);
  });
});
