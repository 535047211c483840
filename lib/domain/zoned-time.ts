/**
 * Calendar days and wall-clock times in an IANA time zone, from Intl alone (no browser API, no library).
 * A day is a civil date (year, month, day): counting days between civil dates never trips over a
 * daylight-saving day of 23 or 25 hours, which counting 24-hour steps of milliseconds would.
 */

const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
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
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at `instant` (throws a RangeError for an unknown zone). Years before 1 CE are astronomical (0, −1 …). */
function wallClock(instant: Date, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  let bce = false;
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type === 'era') bce = part.value === 'BC';
    else if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: bce ? 1 - out.year! : out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = utcMidnight(w) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  return asUtc - (instant.getTime() - (((instant.getTime() % 1000) + 1000) % 1000));
}

/** The civil date at `instant` in the zone. */
export function civilDate(instant: Date, timeZone: string): CivilDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** Midnight UTC of a civil date, for any year (`Date.UTC` would read years 0–99 as 1900–1999). */
function utcMidnight(d: CivilDate): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date.getTime();
}

export function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(utcMidnight(d) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export function isoWeekday(d: CivilDate): number {
  return (new Date(utcMidnight(d)).getUTCDay() + 6) % 7;
}

/** The Monday of the ISO week holding `d`. */
export function mondayOf(d: CivilDate): CivilDate {
  return addDays(d, -isoWeekday(d));
}

/** `YYYY-MM-DD` */
export function dateKey(d: CivilDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The civil date as a Date at UTC midnight: format it with `timeZone: 'UTC'` to print that date. */
export function civilAsUtc(d: CivilDate): Date {
  return new Date(utcMidnight(d));
}

/**
 * The instant the zone's clocks show `hour:minute` on `d`. On a spring-forward day a time inside the
 * gap is read with the offset before the jump (02:30 in a gap from 02:00 to 03:00 is 03:30, the first
 * instant of a day whose midnight is skipped is 01:00); on a fall-back day an ambiguous time is its
 * first occurrence.
 */
export function zonedInstant(d: CivilDate, hour: number, minute: number, timeZone: string): Date {
  const wall = utcMidnight(d) + (hour * 60 + minute) * 60_000;
  const before = zoneOffsetMs(new Date(wall - DAY_MS / 2), timeZone);
  const after = zoneOffsetMs(new Date(wall + DAY_MS / 2), timeZone);
  // Try the offset in force before the change first: it gives the first of two ambiguous times.
  for (const offset of [before, after]) {
    const candidate = new Date(wall - offset);
    if (zoneOffsetMs(candidate, timeZone) === offset) return candidate;
  }
  // In a gap neither offset fits: the wall time does not exist; the clock jumps from before to after.
  return new Date(wall - before);
}

/** The first instant of the civil date `d` in the zone. */
export function startOfDay(d: CivilDate, timeZone: string): Date {
  return zonedInstant(d, 0, 0, timeZone);
}
