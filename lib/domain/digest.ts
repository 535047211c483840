import type { StatusVerdict } from './token-status';
import { addDays, civilDate, dateKey, isoWeekday, mondayOf, startOfDay, zonedInstant } from './zoned-time';

/**
 * The weekly digest's rules: Monday 09:00 local time, once per ISO week. A worker asleep at 09:00 sends
 * it at its next wake-up that Monday; a week whose Monday passes entirely without a wake-up has none
 * (news of last Monday is no news). Pure: the caller keeps the last week sent.
 */

export const DIGEST_HOUR = 9;

/** The week `now` falls in, named by its Monday (`YYYY-MM-DD`) in the zone. */
export function digestWeek(now: Date, timeZone: string): string {
  return dateKey(mondayOf(civilDate(now, timeZone)));
}

/** Whether the digest goes out now: on, Monday, 09:00 or later, and not yet sent this week. */
export function digestDue(now: Date, timeZone: string, lastSentWeek: string | undefined): boolean {
  const today = civilDate(now, timeZone);
  if (isoWeekday(today) !== 0) return false;
  if (now < zonedInstant(today, DIGEST_HOUR, 0, timeZone)) return false;
  return lastSentWeek !== dateKey(today);
}

/** The next Monday 09:00 after `now` (today's, when it is Monday before nine). */
export function nextDigestAt(now: Date, timeZone: string): Date {
  const today = civilDate(now, timeZone);
  const monday = mondayOf(today);
  const thisWeek = zonedInstant(monday, DIGEST_HOUR, 0, timeZone);
  return now < thisWeek ? thisWeek : zonedInstant(addDays(monday, 7), DIGEST_HOUR, 0, timeZone);
}

export interface DigestCounts {
  /** Connections that end between now and the end of Sunday. */
  ending: number;
  /** Connections already expired or disconnected. */
  broken: number;
}

/** What the digest says. Snoozed profiles are left out, as from every other notification. */
export function digestCounts(
  verdicts: Iterable<Pick<StatusVerdict, 'status' | 'expiresAt' | 'snoozed'>>,
  now: Date,
  timeZone: string,
): DigestCounts {
  const weekEnd = startOfDay(addDays(mondayOf(civilDate(now, timeZone)), 7), timeZone);
  let ending = 0;
  let broken = 0;
  for (const v of verdicts) {
    if (v.snoozed) continue;
    if (v.status === 'expired' || v.status === 'disconnected') broken++;
    else if (v.expiresAt && v.expiresAt >= now && v.expiresAt < weekEnd) ending++;
  }
  return { ending, broken };
}
