import { POST_TEXT_MAX } from '../../domain/source-record';
import { idField, isRecord, textField } from '../json';
import type { ScheduledPost } from '../types';

/** What one page of `GET /v1/posts` gives: its posts on the asked accounts, and how many pages there are. */
export interface PostsPage {
  posts: ScheduledPost[];
  pages: number;
}

/** The account a post's platform entry goes to: `accountId` is the account object (`{ _id, … }`) or its id. */
function accountOf(target: Record<string, unknown>): string | undefined {
  const account = target.accountId;
  if (isRecord(account)) return idField(account, '_id') ?? idField(account, 'id');
  return idField(target, 'accountId');
}

/** A readable date, as ISO 8601, or `undefined`. */
function isoDate(raw: string | undefined): string | undefined {
  const at = raw === undefined ? Number.NaN : Date.parse(raw);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/** The first words only (never the whole text): spaces folded, cut to `POST_TEXT_MAX` characters. */
function firstWords(text: string | undefined): string {
  return [...(text ?? '').replace(/\s+/g, ' ').trim()].slice(0, POST_TEXT_MAX).join('');
}

/**
 * The scheduled posts of one page, on the asked accounts only, still to go out after `now`. A post goes to
 * several accounts (`platforms[]`), each with its own time (`scheduledFor`, else the post's) and text
 * (`customContent`, else `content`); an entry already `published`, `publishing` or `failed` is not at risk.
 * Scheduled posts have no public URL yet (`platformPostUrl` comes after publishing), so no link is kept.
 * `undefined` when the page is not `{ posts: [...] }`.
 */
export function readPostsPage(body: unknown, wanted: ReadonlySet<string>, now: Date): PostsPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.posts)) return undefined;
  const pagination = isRecord(body.pagination) ? body.pagination : {};
  const pages =
    typeof pagination.pages === 'number' && Number.isSafeInteger(pagination.pages) ? pagination.pages : 1;
  const posts: ScheduledPost[] = [];
  for (const post of body.posts) {
    if (!isRecord(post) || !Array.isArray(post.platforms)) continue;
    if (textField(post, 'status') && textField(post, 'status') !== 'scheduled') continue;
    for (const target of post.platforms) {
      if (!isRecord(target)) continue;
      const channelId = accountOf(target);
      if (!channelId || !wanted.has(channelId)) continue;
      const state = textField(target, 'status');
      if (state && state !== 'pending') continue;
      const dueAt = isoDate(textField(target, 'scheduledFor') ?? textField(post, 'scheduledFor'));
      if (!dueAt || Date.parse(dueAt) < now.getTime()) continue;
      const text = firstWords(textField(target, 'customContent') ?? textField(post, 'content'));
      posts.push({ channelId, dueAt, text });
    }
  }
  return { posts, pages };
}
