import { bodyMessage, idField, isRecord, readJson, textField } from '../json';
import { firstWords, instant, keepSoonest, postsWindow } from '../scheduled-posts';
import { SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost } from '../types';
import { readArray, readWorkspaces } from './answers';
import { postsRequest, workspacesRequest } from './requests';

/** Pages read at most per workspace; a list longer than that is "posts unknown", never a short count. */
export const PUBLER_POST_PAGES_MAX = 5;

/**
 * States of a post Publer will still try to publish: scheduled, approved, waiting for approval, or waiting
 * for the account to be reauthorised (exactly the posts a broken connection costs). Declined and locked
 * posts will not go out whatever the connection does.
 */
const STILL_DUE = new Set(['scheduled', 'scheduled_approved', 'scheduled_pending', 'scheduled_reauth']);

type Found = ScheduledPost & { id: string };

/**
 * One page of Publer posts: `{ posts: [...], total }` or a bare array (both seen in public clients). A post
 * names its account as `account_id`, or several as `account_ids`; its time is `scheduled_at` (ISO 8601 with
 * an offset). Publer gives no page for a scheduled post. `undefined`: not a list.
 */
export function readPublerPosts(
  body: unknown,
): { found: Found[]; listed: number; total?: number } | undefined {
  const items = readArray(body, 'posts');
  if (!items) return undefined;
  const found: Found[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) continue;
    const state = textField(entry, 'state');
    if (state !== undefined && !STILL_DUE.has(state)) continue;
    const id = idField(entry, 'id');
    const dueAt = instant(entry.scheduled_at);
    if (!id || !dueAt) continue;
    const single = idField(entry, 'account_id');
    const several = Array.isArray(entry.account_ids)
      ? entry.account_ids.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number')
      : [];
    const text = typeof entry.text === 'string' ? firstWords(entry.text) : '';
    for (const account of single ? [single] : several.map(String))
      found.push({ id, channelId: account, dueAt, text });
  }
  const total = isRecord(body) && Number.isSafeInteger(body.total) ? (body.total as number) : undefined;
  return { found, listed: items.length, ...(total !== undefined ? { total } : {}) };
}

/**
 * Workspaces, then in each the scheduled posts of the next `POSTS_AHEAD_DAYS` days for the asked accounts,
 * page by page until an empty page or `total`, at most `PUBLER_POST_PAGES_MAX` (Publer allows 100 requests a minute).
 */
export async function posts(ctx: PostsContext): Promise<PostsResult> {
  const session = new SyncSession(ctx);
  if (ctx.channelIds.length === 0) return { ok: true, posts: [], requests: 0 };
  const first = await session.send(workspacesRequest(ctx.key));
  if (!first.ok) return first.failure;
  const listed = readJson(first.response);
  const refused = session.statusProblem(first.response, bodyMessage(listed));
  if (refused) return refused;
  const workspaces = readWorkspaces(listed);
  if (!workspaces) return session.unreadable(first.response, 'Publer’s workspaces could not be read');
  const range = postsWindow(ctx.now);
  const found: Found[] = [];
  for (const workspace of workspaces) {
    let listedSoFar = 0;
    for (let page = 0; ; page += 1) {
      if (page === PUBLER_POST_PAGES_MAX)
        return session.fail('unreadable', `Publer has more than ${PUBLER_POST_PAGES_MAX} pages of posts`);
      const sent = await session.send(postsRequest(ctx.key, workspace.id, ctx.channelIds, range, page));
      if (!sent.ok) return sent.failure;
      const body = readJson(sent.response);
      const byStatus = session.statusProblem(sent.response, bodyMessage(body));
      if (byStatus) return byStatus;
      const read = readPublerPosts(body);
      if (!read) return session.unreadable(sent.response, 'Publer’s posts could not be read');
      found.push(...read.found);
      listedSoFar += read.listed;
      // An empty page ends the list; so does `total`, when Publer gives it (one request fewer).
      if (read.listed === 0 || (read.total !== undefined && listedSoFar >= read.total)) break;
    }
  }
  return { ok: true, ...keepSoonest(found, ctx.channelIds, ctx.now), requests: session.requests };
}
