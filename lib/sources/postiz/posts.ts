import { bodyMessage, idField, isRecord, readJson } from '../json';
import { firstWords, instant, keepSoonest, postsWindow } from '../scheduled-posts';
import { SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost } from '../types';
import { postizBase, refusalProblem } from './refusal';
import { postsRequest } from './requests';

/**
 * Postiz's posts answer (`{ posts: [{ id, content, publishDate, state, integration: { id, … }, … }] }`, the
 * public API's `getPosts`): every post of the range, whatever its state. Only `QUEUE` posts are still to go out
 * (`PUBLISHED`, `ERROR` and `DRAFT` are not); a recurring post comes once per occurrence. Postiz gives no page
 * for a scheduled post (`releaseURL` is the published one), so no link is kept. `undefined`: not that shape.
 */
export function readPostizPosts(body: unknown): (ScheduledPost & { id: string })[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.posts)) return undefined;
  const found: (ScheduledPost & { id: string })[] = [];
  for (const entry of body.posts) {
    // One odd entry is skipped, not the list: a post that cannot be read is not counted (the count is then
    // at most one short, never a made-up post).
    if (!isRecord(entry) || entry.state !== 'QUEUE' || !isRecord(entry.integration)) continue;
    const id = idField(entry, 'id');
    const channelId = idField(entry.integration, 'id');
    const dueAt = instant(entry.publishDate);
    if (!id || !channelId || !dueAt) continue;
    const text = typeof entry.content === 'string' ? firstWords(entry.content) : '';
    found.push({ id, channelId, dueAt, text });
  }
  return found;
}

/**
 * One request: the posts of the next `POSTS_AHEAD_DAYS` days (Postiz lists by date range only), kept for the
 * asked channels. Its errors are read like the sync's (Postiz's 401s), and none changes a status.
 */
export async function posts(ctx: PostsContext): Promise<PostsResult> {
  const session = new SyncSession(ctx);
  const base = postizBase(ctx.baseUrl);
  if (!base) return session.fail('bad-address', 'The Postiz address must be an https address');
  if (ctx.channelIds.length === 0) return { ok: true, posts: [], requests: 0 };
  const { from, to } = postsWindow(ctx.now);
  const sent = await session.send(postsRequest(ctx.key, base, from, to));
  if (!sent.ok) return sent.failure;
  const body = readJson(sent.response);
  const refusal = refusalProblem(session, sent.response, body);
  if (refusal) return refusal;
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return byStatus;
  const found = readPostizPosts(body);
  if (!found) return session.unreadable(sent.response, 'Postiz’s answer was not the expected list of posts');
  return { ok: true, ...keepSoonest(found, ctx.channelIds, ctx.now), requests: session.requests };
}
