import { browser } from 'wxt/browser';
import {
  type DigestCounts,
  digestCounts,
  digestDue,
  digestPosts,
  digestWeek,
  nextDigestAt,
} from '../domain/digest';
import { updateMeta } from '../storage/meta-store';
import { getSettings } from '../storage/settings-store';
import { scheduleAt } from './alarms';
import { loadState } from './state';

export const DIGEST_ALARM = 'weekly-digest';
const LAST_SENT_KEY = 'digest-last-week';
const NOTIFICATION_PREFIX = 'reconnect-radar-digest-';

/** `browser.i18n.getMessage`, or the catalogue in tests. */
export type DigestTranslate = (key: DigestMessageKey, substitutions?: string[]) => string;
type DigestMessageKey =
  | 'digest_title'
  | 'digest_body'
  | 'digest_nothing'
  | 'digest_ending_one'
  | 'digest_ending_other'
  | 'digest_broken_one'
  | 'digest_broken_other'
  | 'digest_posts_one'
  | 'digest_posts_other';

const extensionTranslate: DigestTranslate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions);

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * "This week: 3 connections end, 1 is broken", with each count in its language's plural form, and on a line
 * of its own the scheduled posts at risk this week, when there are any (the count only, never a post).
 */
export function digestMessage(counts: DigestCounts, t: DigestTranslate, locale?: string): string {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const part = (count: number, one: DigestMessageKey, other: DigestMessageKey) =>
    t(rules.select(count) === 'one' ? one : other, [number.format(count)]);
  const week =
    !counts.ending && !counts.broken
      ? t('digest_nothing')
      : t('digest_body', [
          part(counts.ending, 'digest_ending_one', 'digest_ending_other'),
          part(counts.broken, 'digest_broken_one', 'digest_broken_other'),
        ]);
  if (!counts.posts) return week;
  return `${week}\n${part(counts.posts, 'digest_posts_one', 'digest_posts_other')}`;
}

export interface DigestOptions {
  now: () => Date;
  timeZone?: string;
  t?: DigestTranslate;
  locale?: string;
}

/**
 * Sends the weekly digest when it is due, and sets the alarm for the next Monday 09:00. Called at every
 * wake-up (cold start and the alarm): a worker that slept through 09:00 catches up the same Monday.
 * The week is claimed in one transaction before the notification is shown, so two wake-ups at once, or
 * a restart right after, never send it twice.
 */
export async function runDigest(options: DigestOptions): Promise<boolean> {
  const now = options.now();
  const timeZone = options.timeZone ?? localZone();
  await ensureDigestAlarm(now, timeZone);
  // Every cold start comes here: read the profiles only when a digest is actually going out.
  if (!(await getSettings()).weeklyDigest) return false;
  const week = digestWeek(now, timeZone);
  let claimed = false;
  await updateMeta(LAST_SENT_KEY, (last) => {
    if (!digestDue(now, timeZone, typeof last === 'string' ? last : undefined)) return last;
    claimed = true;
    return week;
  });
  if (!claimed) return false;
  const state = await loadState(now);
  const t = options.t ?? extensionTranslate;
  const counts = {
    ...digestCounts(
      state.entries.map((e) => e.verdict),
      now,
      timeZone,
    ),
    posts: digestPosts(state.entries, now, timeZone),
  };
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${week}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('digest_title'),
    message: digestMessage(counts, t, options.locale ?? browser.i18n?.getUILanguage?.()),
    priority: counts.broken ? 1 : 0,
  });
  return true;
}

/** The alarm for the next Monday 09:00 (set always: it checks the setting when it goes off). */
export function ensureDigestAlarm(now: Date, timeZone = localZone()): Promise<void> {
  return scheduleAt(DIGEST_ALARM, nextDigestAt(now, timeZone), now);
}

export function isDigestNotification(notificationId: string): boolean {
  return notificationId.startsWith(NOTIFICATION_PREFIX);
}

/** A click on the digest opens the options page at its timeline. */
export async function openTimeline(notificationId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#timeline') });
  await browser.notifications.clear(notificationId);
}
