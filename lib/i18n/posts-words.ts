import { relativeTime } from '../domain/countdown';
import type { Status } from '../domain/token-status';
import type { MessageKey, Translate } from './message-key';

/** What the words need of a profile's posts at risk (a `PostsAtRiskView` fits). */
export interface PostsCount {
  count: number | null;
  items: readonly { dueAt: string }[];
}

/** How a count reads for each kind of risk: a broken profile's posts fail, an expiring one's after it ends. */
const COUNT_KEYS = {
  broken: ['posts_willFailOne', 'posts_willFailOther'],
  expiring: ['posts_afterExpiryOne', 'posts_afterExpiryOther'],
  // A paused queue (the profile itself may be fine): the posts wait, at risk.
  other: ['posts_atRiskOne', 'posts_atRiskOther'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

const NOTIFY_KEYS = {
  broken: ['posts_notifyOne', 'posts_notifyOther'],
  expiring: ['posts_notifyExpiringOne', 'posts_notifyExpiringOther'],
  other: ['posts_notifyOne', 'posts_notifyOther'],
} as const satisfies Record<keyof typeof COUNT_KEYS, readonly [MessageKey, MessageKey]>;

function risk(status: Status): keyof typeof COUNT_KEYS {
  if (status === 'expired' || status === 'disconnected') return 'broken';
  return status === 'expiring' ? 'expiring' : 'other';
}

/** The singular or plural message for `count`, the number in the locale's digits (getMessage has no plurals). */
export function counted(
  t: Translate,
  locale: string | undefined,
  count: number,
  keys: readonly [MessageKey, MessageKey],
  rest: string[] = [],
): string {
  const form = new Intl.PluralRules(locale).select(count);
  return t(form === 'one' ? keys[0] : keys[1], [new Intl.NumberFormat(locale).format(count), ...rest]);
}

/**
 * "3 scheduled posts will fail" (broken), "… are due after it expires" (expiring), "… at risk" (paused).
 * `atLeast`: some linked tool could not say, so there may be more: "3+ scheduled posts…" (the plural form,
 * in every language: more than one may be meant).
 */
export function postsCountText(
  t: Translate,
  locale: string | undefined,
  count: number,
  status: Status,
  atLeast = false,
): string {
  const keys = COUNT_KEYS[risk(status)];
  if (!atLeast) return counted(t, locale, count, keys);
  return t(keys[1], [`${new Intl.NumberFormat(locale).format(count)}+`]);
}

/** The next post still to go out, when there is one. */
export function nextDue(posts: PostsCount, now: Date): Date | undefined {
  const first = posts.items[0];
  const next = first ? new Date(first.dueAt) : undefined;
  // A time already past is no "next": the posts were read before it went by.
  return next && !Number.isNaN(next.getTime()) && next > now ? next : undefined;
}

/**
 * A notification's sentence about the posts: the count and how soon the next one goes out ("3 scheduled
 * posts will fail, the next in 5 hours."), never a post's text. `undefined` when no post is known to be at
 * risk (unknown or none: a notification says nothing rather than "0").
 */
export function postsNotifyText(
  t: Translate,
  locale: string | undefined,
  posts: PostsCount,
  status: Status,
  now: Date,
): string | undefined {
  if (!posts.count) return undefined;
  const next = nextDue(posts, now);
  if (!next) return `${postsCountText(t, locale, posts.count, status)}.`;
  return counted(t, locale, posts.count, NOTIFY_KEYS[risk(status)], [relativeTime(next, now, locale)]);
}
