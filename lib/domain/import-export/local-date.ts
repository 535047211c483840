/**
 * The one rule for plain dates (`YYYY-MM-DD`, no time): a plain date is **midnight at the start of that
 * day in the user's own time zone**, everywhere (import, the profile form, display). Pure: the zone is an
 * IANA name passed in (`Intl.DateTimeFormat().resolvedOptions().timeZone` where the caller runs).
 */

export type TimeZone = string;

/** One minute of clock skew between machines is allowed before a date counts as "later than now". */
export const CLOCK_SKEW_MS = 60_000;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day, for any year (Date.UTC maps years 0–99 to 1900–1999). */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

const formats = new Map<TimeZone, Intl.DateTimeFormat>();

/** Reads an instant's wall-clock fields in a zone (throws a RangeError for an unknown zone). */
function wallClock(instant: number, timeZone: TimeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    ms: Number(parts.hour) * 3_600_000 + Number(parts.minute) * 60_000 + Number(parts.second) * 1000,
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: TimeZone): number {
  const wall = wallClock(instant, timeZone);
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return utcMidnight(wall.year, wall.month, wall.day) + wall.ms - wholeSecond;
}

/**
 * The first instant of a day in a zone: its midnight, or, where a daylight-saving change skips midnight,
 * the first moment that exists on that day.
 */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: TimeZone): Date {
  const asUtc = utcMidnight(year, month, day);
  let guess = asUtc - offsetAt(asUtc, timeZone);
  guess = asUtc - offsetAt(guess, timeZone);
  const wall = wallClock(guess, timeZone);
  const sameDay = wall.year === year && wall.month === month && wall.day === day;
  // Midnight did not exist (the clock jumped from 23:59 to 01:00): the day starts at the jump.
  if (!sameDay) guess += 24 * 3_600_000 - wall.ms;
  else guess -= wall.ms;
  return new Date(guess);
}

/** `YYYY-MM-DD` → the start of that day in `timeZone`; `undefined` when it is not a real plain date. */
export function plainDateToInstant(value: string, timeZone: TimeZone): Date | undefined {
  const match = PLAIN_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const check = new Date(utcMidnight(year, month, day));
  if (check.getUTCDate() !== day) return undefined;
  return startOfLocalDay(year, month, day, timeZone);
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function instantToPlainDate(instant: Date, timeZone: TimeZone): string {
  const { year, month, day } = wallClock(instant.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether an ISO instant is later than `now`, past the allowed clock skew. */
export function isLaterThanNow(iso: string, now: Date): boolean {
  const at = Date.parse(iso);
  return Number.isFinite(at) && at > now.getTime() + CLOCK_SKEW_MS;
}
