import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { layoutTimeline, type TimelineInput, type TimelineProfile } from '@/lib/domain/timeline';
import { evaluateStatus, type Status } from '@/lib/domain/token-status';
import { dateKey } from '@/lib/domain/zoned-time';
import { profile } from '../domain/profiles';

const HOUR = 3_600_000;
let seq = 0;
function item(
  expiresAt: string | null | undefined,
  status: Status = 'ok',
  name = `P${++seq}`,
): TimelineProfile {
  return {
    id: name,
    name,
    platform: 'facebook',
    verdict: {
      status,
      snoozed: false,
      expiresAt: expiresAt === undefined ? undefined : expiresAt === null ? null : new Date(expiresAt),
    },
  };
}

const layout = (overrides: Partial<TimelineInput>) =>
  layoutTimeline({
    now: new Date('2026-12-01T12:00:00Z'),
    days: 60,
    warnDays: 7,
    timeZone: 'UTC',
    profiles: [],
    ...overrides,
  });

const dayOf = (l: ReturnType<typeof layout>, id: string) => l.marks.find((m) => m.id === id)?.day;

describe('timeline: which day a connection ends on', () => {
  it.each([
    // The same instant falls on different days in different zones (now: 2026-12-01 12:00 UTC).
    ['UTC', 0],
    ['Europe/Berlin', 1], // 00:30 on Dec 2
    ['America/New_York', 0], // 18:30 on Dec 1
    ['Asia/Tokyo', 1], // 08:30 on Dec 2, and today is Dec 1 there too (21:00)
  ])('in %s, an end at 2026-12-01 23:30 UTC is on day %s', (timeZone, day) => {
    const l = layout({ timeZone, profiles: [item('2026-12-01T23:30:00Z', 'expiring', 'A')] });
    expect(dayOf(l, 'A')).toBe(day);
  });

  it('counts today in the local zone: late in the UTC day it is already tomorrow in Tokyo', () => {
    const now = new Date('2026-12-01T23:30:00Z'); // Dec 2, 08:30 in Tokyo
    const l = layout({
      now,
      timeZone: 'Asia/Tokyo',
      profiles: [item('2026-12-03T00:00:00Z', 'expiring', 'A')],
    });
    expect(l.days[0]!.key).toBe('2026-12-02');
    expect(dayOf(l, 'A')).toBe(1); // 09:00 on Dec 3
  });

  it('has one column per day of the range, each starting at local midnight, across a DST change', () => {
    const l = layout({ now: new Date('2026-03-25T11:00:00Z'), days: 10, timeZone: 'Europe/Berlin' });
    expect(l.days.map((d) => d.key)).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ]);
    expect(l.days[4]!.start.toISOString()).toBe('2026-03-28T23:00:00.000Z'); // winter time
    expect(l.days[5]!.start.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // summer time
    expect(l.days.map((d) => d.weekday)).toEqual([2, 3, 4, 5, 6, 0, 1, 2, 3, 4]);
  });

  it('places an end just after local midnight on a DST day on that day, not the one before', () => {
    const now = new Date('2026-03-25T11:00:00Z');
    const l = layout({
      now,
      timeZone: 'Europe/Berlin',
      profiles: [
        item('2026-03-29T22:30:00Z', 'ok', 'A'), // 00:30 CEST on Mar 30
        item('2026-03-29T21:30:00Z', 'ok', 'B'), // 23:30 CEST on Mar 29
        item('2026-03-28T23:30:00Z', 'ok', 'C'), // 00:30 CET on Mar 29 (the short day)
      ],
    });
    expect(dayOf(l, 'A')).toBe(5);
    expect(dayOf(l, 'B')).toBe(4);
    expect(dayOf(l, 'C')).toBe(4);
  });
});

describe('timeline: today and the warning window', () => {
  it.each([
    ['an ordinary day, noon', 'Europe/Berlin', '2026-06-10T10:00:00Z', 12 / 24],
    ['the 23-hour day, noon', 'Europe/Berlin', '2026-03-29T10:00:00Z', 11 / 23],
    ['the 25-hour day, noon', 'Europe/Berlin', '2026-10-25T11:00:00Z', 13 / 25],
    ['the 23-hour day in New York, 18:00', 'America/New_York', '2026-03-08T22:00:00Z', 17 / 23],
  ])('now is the right fraction into today on %s', (_what, timeZone, now, fraction) => {
    expect(layout({ now: new Date(now), timeZone }).nowAt).toBeCloseTo(fraction, 10);
  });

  it('the warning window runs from now for warnDays × 24 hours, so across spring-forward it ends an hour later on the clock', () => {
    const l = layout({ now: new Date('2026-03-25T11:00:00Z'), timeZone: 'Europe/Berlin', warnDays: 7 });
    expect(l.nowAt).toBeCloseTo(12 / 24, 10); // 12:00 CET
    expect(l.warningEndsAt).toBeCloseTo(7 + 13 / 24, 10); // 13:00 CEST a week later
  });

  it('never lets the warning window run past the range', () => {
    expect(layout({ days: 30, warnDays: 45 }).warningEndsAt).toBe(30);
  });
});

describe('timeline: marks, stacks and the lists beside the chart', () => {
  it('sorts profiles into broken, in range, later, no end date and no date known', () => {
    const l = layout({
      days: 30,
      profiles: [
        item('2026-12-10T09:00:00Z', 'ok', 'In range'),
        item('2027-02-01T09:00:00Z', 'ok', 'Later'),
        item(null, 'ok', 'No end'),
        item(undefined, 'unknown', 'No date'),
        item('2026-11-20T09:00:00Z', 'expired', 'Expired'),
        item('2026-12-20T09:00:00Z', 'disconnected', 'Disconnected'),
        item(null, 'disconnected', 'X revoked'),
      ],
    });
    expect(l.marks.map((m) => [m.name, m.day])).toEqual([
      ['X revoked', 0],
      ['Expired', 0],
      ['Disconnected', 0],
      ['In range', 9],
    ]);
    expect(l.broken.map((m) => m.name)).toEqual(['X revoked', 'Expired', 'Disconnected']);
    expect(l.weeks.flatMap((w) => w.marks.map((m) => m.name))).toEqual(['In range']);
    expect(l.later.map((m) => m.name)).toEqual(['Later']);
    expect(l.noEndDate.map((p) => p.name)).toEqual(['No end']);
    expect(l.unknownDate.map((p) => p.name)).toEqual(['No date']);
  });

  it('stacks marks of one day in lanes, soonest first, and counts the rest as "+N"', () => {
    const profiles = Array.from({ length: 5 }, (_, i) =>
      item(`2026-12-05T0${i}:00:00Z`, 'ok', `Day 4 #${i}`),
    );
    const l = layout({ maxLanes: 3, profiles: [...profiles, item('2026-12-06T09:00:00Z', 'ok', 'Day 5')] });
    expect(l.marks.map((m) => [m.name, m.day, m.lane])).toEqual([
      ['Day 4 #0', 4, 0],
      ['Day 4 #1', 4, 1],
      ['Day 4 #2', 4, 2],
      ['Day 5', 5, 0],
    ]);
    expect(l.overflow).toEqual([{ day: 4, count: 2 }]);
    expect(l.lanes).toBe(3);
    // The list has every one of them.
    expect(l.weeks.flatMap((w) => w.marks)).toHaveLength(6);
  });

  it('groups by local week (Monday first): Sunday night in New York is Monday in UTC', () => {
    const sundayNight = '2026-12-07T03:00:00Z'; // Sun Dec 6, 22:00 in New York; Mon Dec 7 in UTC
    const ny = layout({ timeZone: 'America/New_York', profiles: [item(sundayNight, 'ok', 'A')] });
    const utc = layout({ timeZone: 'UTC', profiles: [item(sundayNight, 'ok', 'A')] });
    expect(ny.weeks.map((w) => w.key)).toEqual(['2026-11-30']);
    expect(utc.weeks.map((w) => w.key)).toEqual(['2026-12-07']);
  });

  it('takes each status and end date from evaluateStatus, as the background computes them', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const stored = [
      profile({ id: 'fb', name: 'Acme FB', connectedAt: '2026-10-05T09:00:00Z' }), // +60 days: Dec 4
      profile({ id: 'li', name: 'Acme LI', platform: 'linkedin', expiresAt: '2027-01-20T09:00:00Z' }),
      profile({ id: 'x', name: 'Acme X', platform: 'x', connectedAt: '2026-10-10T09:00:00Z' }),
    ];
    const l = layoutTimeline({
      now,
      days: 60,
      warnDays: DEFAULT_SETTINGS.warnDays,
      timeZone: 'UTC',
      profiles: stored.map((p) => ({ ...p, verdict: evaluateStatus(p, DEFAULT_SETTINGS, now) })),
    });
    expect(l.marks.map((m) => [m.id, m.status, dateKey(l.days[m.day]!.date)])).toEqual([
      ['fb', 'expiring', '2026-12-04'],
      ['li', 'ok', '2027-01-20'],
    ]);
    expect(l.noEndDate.map((p) => p.id)).toEqual(['x']);
  });

  it('over 90 days across a DST change, day columns never go backwards and none is skipped', () => {
    const now = new Date('2026-10-01T10:00:00Z');
    const profiles = Array.from({ length: 90 * 4 }, (_, i) =>
      item(new Date(now.getTime() + i * 6 * HOUR).toISOString(), 'ok', `P${String(i).padStart(3, '0')}`),
    );
    const l = layout({ now, days: 90, timeZone: 'America/New_York', maxLanes: 10, profiles });
    const days = l.marks.map((m) => m.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(new Set(days).size).toBe(90);
    expect(l.marks).toHaveLength(90 * 4);
  });
});
