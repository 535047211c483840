import { postTimeText } from '@/lib/domain/post-time';
import type { Status } from '@/lib/domain/token-status';
import { nextDue, postsCountText } from '@/lib/i18n/posts-words';
import type { PostsAtRiskView } from '@/lib/messaging/views';
import type { I18n } from '../i18n';

export interface PostsLineInput {
  posts: PostsAtRiskView;
  status: Status;
  now: Date;
  /** IANA zone the times are shown in; absent: the person's own (the runtime's). */
  timeZone?: string;
}

/**
 * The posts a profile stands to lose, in one line: "3 scheduled posts will fail · next: Tue 10:00" ("3+" when
 * some linked tool could not say), "No scheduled posts at risk", or "Scheduled posts: unknown" when no tool
 * could say (never "0" for that).
 */
export function postsLine(i18n: I18n, { posts, status, now, timeZone }: PostsLineInput): string {
  if (posts.count === null) return i18n.t('posts_unknown');
  if (posts.count === 0) return i18n.t('posts_none');
  const count = postsCountText(i18n.t, i18n.locale, posts.count, status, posts.partial);
  const next = nextDue(posts, now);
  if (!next) return count;
  return `${count} · ${i18n.t('posts_next', [postTimeText(next, now, i18n.locale, timeZone)])}`;
}

/** One post's time for a list ("Tue 10:00"), in the person's zone and language. */
export function postTime(i18n: I18n, dueAt: string, now: Date, timeZone?: string): string {
  return postTimeText(new Date(dueAt), now, i18n.locale, timeZone);
}
