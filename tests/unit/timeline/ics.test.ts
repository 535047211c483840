import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type ReminderProfile, reminderEvents } from '@/lib/domain/calendar-reminders';
import { escapeText, foldLine, writeCalendar } from '@/lib/domain/ics';
import type { Reason } from '@/lib/domain/reasons';
import { reasonText } from '@/lib/i18n/reason-text';
import { t } from '../components/render';

const NOW = new Date('2026-12-01T12:00:00Z');
const text = {
  title: (name: string, platformName: string) => t('timeline_icsTitle', [name, platformName]),
  reason: (reason: Reason) => reasonText(t, reason),
  description: (reason: string, remedy: string, link: string) =>
    t('timeline_icsDescription', [reason, remedy, link]),
};

const profiles: ReminderProfile[] = [
  {
    id: 'p-fb',
    name: 'Acme Coffee; Roasters, Inc. \\ Berlin',
    platform: 'facebook',
    status: 'expiring',
    reason: 'lifetime-ending',
    expiresAt: '2026-12-05T09:00:00.000Z',
    reconnectTarget: 'https://example.com/accounts?tool=buffer&profile=1',
    updatedAt: '2026-11-01T08:00:00.000Z',
  },
  {
    id: 'p-li',
    // Long and beyond ASCII, so that folding has to keep multi-byte characters whole.
    name: 'Café Zürich — Ünïcödé Bäckerei 🥐 mit einem sehr langen Namen, der über die Zeile hinausgeht',
    platform: 'linkedin',
    status: 'ok',
    expiresAt: '2027-01-20T17:45:00.000Z',
    reconnectTarget: 'https://www.linkedin.com/',
  },
  // Left out: broken now, no end by date, no date at all, already past.
  {
    id: 'p-gone',
    name: 'Gone',
    platform: 'instagram',
    status: 'expired',
    expiresAt: '2026-11-20T00:00:00Z',
    reconnectTarget: 'https://example.com/',
  },
  {
    id: 'p-dis',
    name: 'Revoked',
    platform: 'threads',
    status: 'disconnected',
    expiresAt: '2026-12-20T00:00:00Z',
    reconnectTarget: 'https://example.com/',
  },
  {
    id: 'p-x',
    name: 'Acme X',
    platform: 'x',
    status: 'ok',
    expiresAt: null,
    reconnectTarget: 'https://x.com/',
  },
  {
    id: 'p-unknown',
    name: 'Acme Pins',
    platform: 'pinterest',
    status: 'unknown',
    reconnectTarget: 'https://example.com/',
  },
];

function exportAt(stamp: Date, warnDays = 7) {
  return writeCalendar({
    productId: '-//Reconnect Radar//Reminders//EN',
    name: 'Reconnect Radar',
    stamp,
    events: reminderEvents(profiles, warnDays, stamp, text),
  });
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: vevent.getFirstPropertyValue('url'),
      start: event.startDate.toJSDate().toISOString(),
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
      end: event.endDate.toJSDate().toISOString(),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      alarms: alarms.map((a) => ({
        action: a.getFirstPropertyValue('action'),
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: a.getFirstPropertyValue('description'),
      })),
    };
  });
}

describe('calendar reminders (.ics), read back with ical.js', () => {
  it('has one event per end date still ahead, every field as written', () => {
    const events = parse(exportAt(NOW));
    expect(events).toEqual([
      {
        uid: 'p-fb@reconnect-radar.extension',
        summary: 'Reconnect Acme Coffee; Roasters, Inc. \\ Berlin (Facebook)',
        description:
          'Connection ending soon: The connection reaches the end of its lifetime soon (about 60 days on Facebook, Instagram and LinkedIn).\n\n' +
          'What to do: Reconnect it in your publishing tool before it ends so that no scheduled post fails.\n\n' +
          'Reconnect here: https://example.com/accounts?tool=buffer&profile=1',
        url: 'https://example.com/accounts?tool=buffer&profile=1',
        start: '2026-12-05T09:00:00.000Z',
        startIsUtc: true,
        end: '2026-12-05T09:30:00.000Z',
        stamp: NOW.toISOString(),
        alarms: [
          {
            action: 'DISPLAY',
            trigger: '-P7D',
            description: 'Reconnect Acme Coffee; Roasters, Inc. \\ Berlin (Facebook)',
          },
        ],
      },
      expect.objectContaining({
        uid: 'p-li@reconnect-radar.extension',
        summary: `Reconnect ${profiles[1]!.name} (LinkedIn)`,
        start: '2027-01-20T17:45:00.000Z',
        startIsUtc: true,
        url: 'https://www.linkedin.com/',
        alarms: [expect.objectContaining({ action: 'DISPLAY', trigger: '-P7D' })],
      }),
    ]);
  });

  it('sets the alarm to the warning setting', () => {
    const [first] = parse(exportAt(NOW, 14));
    expect(first!.alarms.map((a) => a.trigger)).toEqual(['-P14D']);
  });

  it('keeps each profile’s UID from one export to the next, so a calendar updates instead of duplicating', () => {
    const first = parse(exportAt(NOW));
    const second = parse(exportAt(new Date('2026-12-03T08:00:00Z')));
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(second[0]!.stamp).toBe('2026-12-03T08:00:00.000Z');
  });

  it('follows RFC 5545 on the wire: CRLF only, lines of at most 75 octets, UTC times', () => {
    const ics = exportAt(NOW);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // something was folded
    for (const line of lines.filter((l) => /^(DTSTART|DTEND|DTSTAMP|LAST-MODIFIED):/.test(l)))
      expect(line).toMatch(/:\d{8}T\d{6}Z$/);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  });
});

describe('the iCalendar writer’s rules', () => {
  it.each([
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['windows\r\nlines', 'windows\\nlines'],
    ['\\,;', '\\\\\\,\\;'],
  ])('escapes %j as %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });

  it('folds at 75 octets without splitting a multi-byte character, continuations starting with a space', () => {
    const line = `SUMMARY:${'é'.repeat(40)}🥐${'a'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    // No replacement characters: every piece is valid UTF-8 on its own.
    for (const p of parts)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLine(line)).toBe(line);
  });
});
