const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?))?$/;

import { startOfLocalDay, type TimeZone } from './local-date';

const MINUTE_MS = 60_000;

/**
 * Reads an ISO 8601 date as import files give it and returns the canonical form stored and exported:
 * UTC with `Z`, seconds always present, milliseconds only when not zero (`2026-11-30T09:00:00Z`).
 * A date alone (`2026-10-01`) means the start of that day in `timeZone`, the user's own (the rule for
 * plain dates everywhere: `local-date.ts`). A time without `Z` or an offset is refused: it would mean a
 * different moment on every computer. Returns `undefined` for anything that is not a real date.
 */
export function normaliseIsoDate(value: string, timeZone: TimeZone): string | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (h !== undefined && offset === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = offset === undefined ? 0 : parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  if (h === undefined) return canonical(startOfLocalDay(year, month, day, timeZone));

  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return canonical(new Date(date.getTime() - offsetMinutes * MINUTE_MS));
}

function canonical(instant: Date): string | undefined {
  if (Number.isNaN(instant.getTime())) return undefined;
  const iso = instant.toISOString();
  // An offset can push 9999-12-31 into a five-digit year, which ISO 8601's basic form cannot hold.
  if (!/^\d{4}-/.test(iso)) return undefined;
  return iso.replace('.000Z', 'Z');
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** `Z`, `±hh`, `±hhmm` or `±hh:mm` as minutes east of UTC. */
function parseOffset(offset: string): number | undefined {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}
