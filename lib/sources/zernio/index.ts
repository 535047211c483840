import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost, SourceTool, SyncContext, SyncResult } from '../types';
import { readHealth } from './answers';
import { readPostsPage } from './posts';
import { healthRequest, scheduledPostsRequest } from './requests';

/** At most this many pages of 100 scheduled posts a sync (within 60 requests a minute on Free). */
export const POSTS_PAGES_MAX = 5;

/**
 * One request: the health of every connected account. Zernio's errors are JSON `{ code, error }` on any
 * 4xx/5xx (its API reference), so its own words go into the detail.
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const sent = await session.send(healthRequest(ctx.key));
  if (!sent.ok) return sent.failure;
  const body = readJson(sent.response);
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return byStatus;
  const channels = readHealth(body);
  if (!channels)
    return session.unreadable(sent.response, 'Zernio’s answer was not the expected account health list');
  return session.done(channels);
}

/**
 * The scheduled posts of the asked accounts: every page of the scheduled list (the list has no per-account
 * filter we can name), read by account. More pages than `POSTS_PAGES_MAX` is a failure, never a count cut
 * short: a number lower than the truth would be worse than "posts unknown". Any failed page fails it all.
 */
async function posts(ctx: PostsContext): Promise<PostsResult> {
  const session = new SyncSession(ctx);
  const wanted = new Set(ctx.channelIds);
  if (wanted.size === 0) return { ok: true, posts: [], requests: 0 };
  const found: ScheduledPost[] = [];
  for (let page = 1; ; page += 1) {
    const sent = await session.send(scheduledPostsRequest(ctx.key, page));
    if (!sent.ok) return sent.failure;
    const body = readJson(sent.response);
    const byStatus = session.statusProblem(sent.response, bodyMessage(body));
    if (byStatus) return byStatus;
    const read = readPostsPage(body, wanted, ctx.now);
    if (!read) return session.unreadable(sent.response, 'Zernio’s answer was not the expected list of posts');
    found.push(...read.posts);
    if (page >= read.pages) break;
    if (page >= POSTS_PAGES_MAX)
      return session.fail('unreadable', `Zernio lists more than ${POSTS_PAGES_MAX * 100} scheduled posts`);
  }
  found.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { ok: true, posts: found, requests: session.requests };
}

export const zernio: SourceTool = {
  ...SOURCE_METADATA.zernio,
  // Zernio keeps a broken account listed (`needsReconnect: true`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: () => 'https://zernio.com/dashboard',
  // The health list is the first request of the sync: it proves the key.
  validate: sync,
  sync,
  posts,
};
