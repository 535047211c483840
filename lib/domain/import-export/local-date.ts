/**
 * The one rule for plain dates (`YYYY-MM-DD`, no time): a plain date is **midnight at the start of that
 * day in the user's own time zone**, everywhere (import, the profile form, display). Pure: the zone is an
 * IANA name passed in (`Intl.DateTimeFormat().resolvedOptions().timeZone` where the caller runs). The zone
 * arithmetic itself is `../zoned-time.ts`, shared with the digest and the timeline.
 */

import { addDays, civilDate, dateKey, startOfDay } from '../zoned-time';

export type TimeZone = string;

/** One minute of clock skew between machines is allowed before a date counts as "later than now". */
export const CLOCK_SKEW_MS = 60_000;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first instant of a day in a zone: its midnight, or, where a daylight-saving change skips midnight,
 * the first moment that exists on that day.
 */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: TimeZone): Date {
  return startOfDay({ year, month, day }, timeZone);
}

/** `YYYY-MM-DD` → the start of that day in `timeZone`; `undefined` when it is not a real plain date. */
export function plainDateToInstant(value: string, timeZone: TimeZone): Date | undefined {
  const match = PLAIN_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (dateKey(addDays({ year, month, day }, 0)) !== value) return undefined;
  return startOfLocalDay(year, month, day, timeZone);
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function instantToPlainDate(instant: Date, timeZone: TimeZone): string {
  return dateKey(civilDate(instant, timeZone));
}

/** Whether an ISO instant is later than `now`, past the allowed clock skew. */
export function isLaterThanNow(iso: string, now: Date): boolean {
  const at = Date.parse(iso);
  return Number.isFinite(at) && at > now.getTime() + CLOCK_SKEW_MS;
}
