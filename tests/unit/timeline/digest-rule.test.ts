import { describe, expect, it } from 'vitest';
import { digestCounts, digestDue, digestWeek, nextDigestAt } from '@/lib/domain/digest';
import type { Status } from '@/lib/domain/token-status';

describe('weekly digest: when it is due', () => {
  it.each([
    // [what, now, zone, last week sent, due]
    ['Monday 09:00 sharp in Berlin', '2026-11-30T08:00:00Z', 'Europe/Berlin', undefined, true],
    ['Monday 08:59 in Berlin', '2026-11-30T07:59:00Z', 'Europe/Berlin', undefined, false],
    [
      'Monday afternoon, a worker that slept through nine',
      '2026-11-30T14:00:00Z',
      'Europe/Berlin',
      '2026-11-23',
      true,
    ],
    ['Monday afternoon, already sent today', '2026-11-30T14:00:00Z', 'Europe/Berlin', '2026-11-30', false],
    ['Monday 23:30 local, still that Monday', '2026-11-30T22:30:00Z', 'Europe/Berlin', undefined, true],
    [
      'Tuesday: a missed Monday is not caught up',
      '2026-12-01T08:00:00Z',
      'Europe/Berlin',
      '2026-11-23',
      false,
    ],
    ['Sunday', '2026-11-29T10:00:00Z', 'Europe/Berlin', undefined, false],
    // 09:00 is local: in New York it is 14:00 UTC in winter.
    ['Monday 09:00 UTC is 04:00 in New York', '2026-11-30T09:00:00Z', 'America/New_York', undefined, false],
    ['Monday 14:00 UTC is 09:00 in New York', '2026-11-30T14:00:00Z', 'America/New_York', undefined, true],
    // Monday in UTC but still Sunday evening in Los Angeles; Tuesday in Tokyo.
    [
      'Monday 10:00 UTC is Sunday in Los Angeles',
      '2026-11-30T10:00:00Z',
      'America/Los_Angeles',
      undefined,
      false,
    ],
    ['Monday 22:00 UTC is Tuesday in Tokyo', '2026-11-30T22:00:00Z', 'Asia/Tokyo', undefined, false],
    [
      'Sunday 23:00 UTC is Monday 10:00 in Sydney',
      '2026-11-29T23:00:00Z',
      'Australia/Sydney',
      undefined,
      true,
    ],
  ])('%s', (_what, now, zone, last, due) => {
    expect(digestDue(new Date(now), zone, last)).toBe(due);
  });

  it('names a week by its local Monday', () => {
    expect(digestWeek(new Date('2026-12-06T22:00:00Z'), 'UTC')).toBe('2026-11-30'); // Sunday
    expect(digestWeek(new Date('2026-12-06T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-07'); // Monday 00:30
  });

  it.each([
    ['a Wednesday', '2026-12-02T12:00:00Z', 'Europe/Berlin', '2026-12-07T08:00:00.000Z'],
    ['Monday before nine', '2026-11-30T06:00:00Z', 'Europe/Berlin', '2026-11-30T08:00:00.000Z'],
    ['Monday after nine', '2026-11-30T09:00:00Z', 'Europe/Berlin', '2026-12-07T08:00:00.000Z'],
    // The week the clocks change: 09:00 is still 09:00 on the wall clock.
    [
      'the week clocks spring forward in New York',
      '2026-03-04T12:00:00Z',
      'America/New_York',
      '2026-03-09T13:00:00.000Z',
    ],
    ['the week before', '2026-02-25T12:00:00Z', 'America/New_York', '2026-03-02T14:00:00.000Z'],
    [
      'the week clocks fall back in Berlin',
      '2026-10-21T12:00:00Z',
      'Europe/Berlin',
      '2026-10-26T08:00:00.000Z',
    ],
  ])('the next one after %s is Monday 09:00 local', (_what, now, zone, next) => {
    expect(nextDigestAt(new Date(now), zone).toISOString()).toBe(next);
  });
});

describe('weekly digest: what it counts', () => {
  const v = (status: Status, expiresAt?: string | null, snoozed = false) => ({
    status,
    snoozed,
    expiresAt: expiresAt === undefined ? undefined : expiresAt === null ? null : new Date(expiresAt),
  });

  it('counts ends up to the end of Sunday, local time, and broken connections; leaves snoozed ones out', () => {
    const now = new Date('2026-11-30T08:00:00Z'); // Monday 09:00 in Berlin
    const counts = digestCounts(
      [
        v('expiring', '2026-12-01T09:00:00Z'),
        v('ok', '2026-12-06T22:30:00Z'), // Sunday 23:30 in Berlin: this week
        v('ok', '2026-12-06T23:30:00Z'), // Monday 00:30 in Berlin: next week
        v('ok', null),
        v('unknown'),
        v('expired', '2026-11-20T00:00:00Z'),
        v('disconnected', null),
        v('disconnected', null, true),
        v('expiring', '2026-12-02T09:00:00Z', true),
      ],
      now,
      'Europe/Berlin',
    );
    expect(counts).toEqual({ ending: 2, broken: 2 });
  });
});
