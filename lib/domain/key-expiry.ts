/**
 * How close a tool's key is to its own expiry (a Planable token's date, chosen when it was made): `ok`, `soon`
 * within the person's warning window (`warnDays`), `expired` once the moment has passed. Pure; `now` given.
 */
export type KeyExpiryState = 'ok' | 'soon' | 'expired';

const DAY_MS = 86_400_000;

export function keyExpiryState(expiresAt: string, now: Date, warnDays: number): KeyExpiryState {
  const at = Date.parse(expiresAt);
  if (!Number.isFinite(at)) return 'ok';
  const left = at - now.getTime();
  if (left <= 0) return 'expired';
  return left <= warnDays * DAY_MS ? 'soon' : 'ok';
}

/**
 * The moment a key typed as a calendar day (`YYYY-MM-DD`, as a date field gives it) stops working: the end of
 * that day in the person's time zone (`offsetMinutes` as `Date#getTimezoneOffset` gives it), so "expires on
 * Dec 20" never reads expired on the morning of Dec 20. `undefined` for anything that is not a real day.
 */
export function keyExpiryFromDay(day: string, offsetMinutes: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date, 23, 59, 59);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date)
    return undefined;
  return new Date(utc + offsetMinutes * 60_000).toISOString();
}
