/**
 * A minimal iCalendar (RFC 5545) writer for the "Add reminders to my calendar" file: one VEVENT per
 * connection end, each with a display alarm some days before. Written here rather than pulled from npm
 * because the options page has a size budget and this needs only a fraction of what the libraries do.
 * https://www.rfc-editor.org/rfc/rfc5545
 */

export interface CalendarEvent {
  /** Stable per profile, so that importing a newer file updates the event instead of adding one. */
  uid: string;
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  url?: string;
  /** When the event itself last changed (LAST-MODIFIED). */
  modified?: Date;
  /** A reminder this many days before the start; none when 0. */
  alarmDaysBefore: number;
}

export interface Calendar {
  /** PRODID: who wrote the file. */
  productId: string;
  name: string;
  /** DTSTAMP of every event: when the file was made. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (§3.1), each continuation starting
 * with one space. Breaks only between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** UTC DATE-TIME form: 20261130T090000Z. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** URI values are not TEXT: no escaping, but a CR or LF would break the line, so they are dropped. */
const uri = (value: string) => value.replace(/[\r\n]/g, '');

function eventLines(e: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(new Date(e.start.getTime() + e.durationMinutes * 60_000))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
  ];
  if (e.url) lines.push(`URL:${uri(e.url)}`);
  if (e.modified) lines.push(`LAST-MODIFIED:${utcStamp(e.modified)}`);
  lines.push('TRANSP:TRANSPARENT');
  if (e.alarmDaysBefore > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.summary)}`,
      `TRIGGER:-P${Math.round(e.alarmDaysBefore)}D`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: CRLF line endings, folded lines, UTC times only (no VTIMEZONE needed). */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
