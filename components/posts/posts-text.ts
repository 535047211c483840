import { postTimeText } from '@/lib/domain/post-time';
import type { Status } from '@/lib/domain/token-status';
import type { PostsAtRiskView } from '@/lib/messaging/views';
import { type I18n, type MessageKey, plural } from '../i18n';

/** How a count reads for each kind of risk: a broken profile's posts fail, an expiring one's after it ends. */
const COUNT_KEYS = {
  broken: ['posts_willFailOne', 'posts_willFailOther'],
  expiring: ['posts_afterExpiryOne', 'posts_afterExpiryOther'],
  // A paused queue (the profile itself may be fine): the posts wait, at risk.
  other: ['posts_atRiskOne', 'posts_atRiskOther'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

function kind(status: Status): keyof typeof COUNT_KEYS {
  return status === 'expired' || status === 'disconnected'
    ? 'broken'
    : status === 'expiring'
      ? 'expiring'
      : 'other';
}

export interface PostsLineInput {
  posts: PostsAtRiskView;
  status: Status;
  now: Date;
  /** IANA zone the times are shown in; absent: the person's own (the runtime's). */
  timeZone?: string;
}

/**
 * The posts a profile stands to lose, in one line: "3 scheduled posts will fail · next Tue 10:00", "No
 * scheduled posts at risk", or "Scheduled posts unknown" when no tool could say (never "0" for that).
 */
export function postsLine(i18n: I18n, { posts, status, now, timeZone }: PostsLineInput): string {
  if (posts.count === null) return i18n.t('posts_unknown');
  if (posts.count === 0) return i18n.t('posts_none');
  const [one, other] = COUNT_KEYS[kind(status)];
  const count = plural(i18n, posts.count, one, other);
  const next = posts.items[0] ? new Date(posts.items[0].dueAt) : undefined;
  // A time already past is no "next": the posts were read before it went by.
  if (!next || Number.isNaN(next.getTime()) || next <= now) return count;
  return `${count} · ${i18n.t('posts_next', [postTimeText(next, now, i18n.locale, timeZone)])}`;
}

/** One post's time for a list ("Tue 10:00"), in the person's zone and language. */
export function postTime(i18n: I18n, dueAt: string, now: Date, timeZone?: string): string {
  return postTimeText(new Date(dueAt), now, i18n.locale, timeZone);
}
