import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  dateKey,
  daysBetween,
  isoWeekday,
  mondayOf,
  startOfDay,
  zonedInstant,
  zoneOffsetMs,
} from '@/lib/domain/zoned-time';

const HOUR = 3_600_000;
const d = (key: string) => {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('civil dates in a time zone', () => {
  it.each([
    ['2026-12-01T23:30:00Z', 'UTC', '2026-12-01'],
    ['2026-12-01T23:30:00Z', 'Europe/Berlin', '2026-12-02'],
    ['2026-12-01T23:30:00Z', 'America/New_York', '2026-12-01'],
    ['2026-12-01T04:30:00Z', 'America/Los_Angeles', '2026-11-30'],
    ['2026-12-01T15:30:00Z', 'Asia/Tokyo', '2026-12-02'],
    ['2026-12-01T10:30:00Z', 'Pacific/Kiritimati', '2026-12-02'],
    ['2026-12-01T10:30:00Z', 'Pacific/Pago_Pago', '2026-11-30'],
    ['2026-12-01T18:30:00Z', 'Asia/Kolkata', '2026-12-02'],
  ])('%s is %s… the day %s', (instant, zone, key) => {
    expect(dateKey(civilDate(new Date(instant), zone))).toBe(key);
  });

  it.each([
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 1],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 2],
    ['America/New_York', '2026-07-15T12:00:00Z', -4],
    ['Australia/Sydney', '2026-01-15T12:00:00Z', 11],
    ['Australia/Sydney', '2026-07-15T12:00:00Z', 10],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 5.5],
  ])('the offset of %s at %s is %s hours', (zone, instant, hours) => {
    expect(zoneOffsetMs(new Date(instant), zone)).toBe(hours * HOUR);
  });

  it('counts days by the calendar, across month, year and leap-day ends', () => {
    expect(daysBetween(d('2026-12-30'), d('2027-01-02'))).toBe(3);
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(dateKey(addDays(d('2026-12-31'), 1))).toBe('2027-01-01');
    expect(dateKey(addDays(d('2026-03-01'), -1))).toBe('2026-02-28');
  });

  it('names weeks by their Monday (ISO 8601)', () => {
    expect(isoWeekday(d('2026-11-30'))).toBe(0); // a Monday
    expect(isoWeekday(d('2026-12-06'))).toBe(6); // a Sunday
    expect(dateKey(mondayOf(d('2026-12-06')))).toBe('2026-11-30');
    expect(dateKey(mondayOf(d('2027-01-01')))).toBe('2026-12-28');
  });
});

describe('wall-clock times on daylight-saving days', () => {
  it.each([
    // [zone, day, hour, minute, instant]
    ['Europe/Berlin', '2026-03-29', 0, 0, '2026-03-28T23:00:00.000Z'], // the day of 23 hours starts in winter time
    ['Europe/Berlin', '2026-03-29', 12, 0, '2026-03-29T10:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29', 2, 30, '2026-03-29T01:30:00.000Z'], // in the gap: read as 03:30 summer time
    ['Europe/Berlin', '2026-10-25', 0, 0, '2026-10-24T22:00:00.000Z'], // the day of 25 hours starts in summer time
    ['Europe/Berlin', '2026-10-25', 2, 30, '2026-10-25T00:30:00.000Z'], // twice that night: the first one
    ['Europe/Berlin', '2026-10-25', 12, 0, '2026-10-25T11:00:00.000Z'],
    ['America/New_York', '2026-03-09', 9, 0, '2026-03-09T13:00:00.000Z'],
    ['America/New_York', '2026-03-02', 9, 0, '2026-03-02T14:00:00.000Z'],
    ['America/Santiago', '2026-09-06', 0, 0, '2026-09-06T04:00:00.000Z'], // midnight skipped: the day begins at 01:00
    ['Australia/Sydney', '2026-10-04', 9, 0, '2026-10-03T22:00:00.000Z'],
  ])('%s on %s at %s:%s is %s', (zone, day, hour, minute, instant) => {
    expect(zonedInstant(d(day), hour, minute, zone).toISOString()).toBe(instant);
  });

  it('a spring-forward day lasts 23 hours and a fall-back day 25', () => {
    const length = (zone: string, key: string) =>
      (startOfDay(addDays(d(key), 1), zone).getTime() - startOfDay(d(key), zone).getTime()) / HOUR;
    expect(length('Europe/Berlin', '2026-03-29')).toBe(23);
    expect(length('Europe/Berlin', '2026-10-25')).toBe(25);
    expect(length('America/New_York', '2026-03-08')).toBe(23);
    expect(length('America/New_York', '2026-11-01')).toBe(25);
    expect(length('Europe/Berlin', '2026-06-01')).toBe(24);
  });
});
