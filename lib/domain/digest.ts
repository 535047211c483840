import { linksAtRisk } from './posts-at-risk';
import type { Profile } from './profile';
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
  /** Scheduled posts at risk that are due before the end of Sunday (`digestPosts`); absent: none counted. */
  posts?: number;
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

/**
 * How many scheduled posts at risk go out this week (from now to the end of Sunday), as the tools last
 * listed them, snoozed profiles left out. A link keeps the soonest posts only: when the last one kept is
 * still this week, the posts beyond it may be too, and count (too many rather than silently too few, as
 * `postsAtRisk` counts).
 */
export function digestPosts(
  entries: Iterable<{ profile: Pick<Profile, 'sources'>; verdict: StatusVerdict }>,
  now: Date,
  timeZone: string,
): number {
  const weekEnd = startOfDay(addDays(mondayOf(civilDate(now, timeZone)), 7), timeZone).getTime();
  let count = 0;
  for (const { profile, verdict } of entries) {
    if (verdict.snoozed) continue;
    for (const { link, from } of linksAtRisk(profile, verdict, now)) {
      const posts = link.posts;
      if (!posts) continue;
      let last = Number.NEGATIVE_INFINITY;
      for (const post of posts.items) {
        const at = Date.parse(post.dueAt);
        if (at > last) last = at;
        if (at >= from && at < weekEnd) count++;
      }
      const unlisted = Math.max(0, posts.total - posts.items.length);
      if (unlisted && last < weekEnd) count += unlisted;
    }
  }
  return count;
}
