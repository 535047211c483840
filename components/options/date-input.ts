import { instantToPlainDate, plainDateToInstant, type TimeZone } from '@/lib/domain/import-export';

/** The zone this page runs in: the user's own. Plain dates are midnight there (local-date.ts). */
export function localTimeZone(): TimeZone {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `YYYY-MM-DD` (what `<input type="date">` holds) for an ISO date: the day it falls on in `timeZone`. */
export function isoToDateInput(iso: string | undefined, timeZone: TimeZone = localTimeZone()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return instantToPlainDate(date, timeZone);
}

/**
 * The ISO date for a date input's value: the start of that day in `timeZone`, as an import reads a plain
 * date. When the day is the one the original ISO date falls on, the original is kept, so editing a name
 * never moves an expiry time.
 */
export function dateInputToIso(
  value: string,
  original?: string,
  timeZone: TimeZone = localTimeZone(),
): string | undefined {
  if (!value) return undefined;
  if (original && isoToDateInput(original, timeZone) === value) return original;
  // Anything else is left for the schema to reject with its own message.
  return plainDateToInstant(value, timeZone)?.toISOString() ?? value;
}
