import { SOURCE_METADATA } from '../../domain/source-metadata';
import { SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost, SourceTool, SyncContext, SyncResult } from '../types';
import { pageWorkspaces, readPages, readScheduled, readWorkspaces } from './answers';
import { Lister, type Read, readBody } from './listing';
import { pagesRequest, postsRequest, workspacesRequest } from './requests';

/**
 * Bounds that keep one sync far inside Planable's 600 GET a minute per token: at most 2,000 pages (20
 * requests at 100 a page, 100 at Planable's default 20), posts of at most 100 pages, 3 requests of posts
 * each. Worst case 1 + 100 + 100 + 300, and a sync runs at most every 15 minutes.
 */
const MAX_PAGES = 2000;
const MAX_POST_CHANNELS = 100;
const MAX_POST_REQUESTS = 3;

/** Every page of `GET /pages`: a list cut short would make the missing pages look removed, so it fails. */
async function allPages(session: SyncSession, lister: Lister, key: string): Promise<Read<unknown[]>> {
  const items: unknown[] = [];
  for (;;) {
    const read = await lister.page((offset, size) => pagesRequest(key, offset, size), items.length, 'pages');
    if (!read.ok) return read;
    items.push(...read.value.items);
    if (!read.value.hasMore) return { ok: true, value: items };
    // "More" on an empty page would loop forever; more than MAX_PAGES would storm.
    if (read.value.items.length === 0 || items.length >= MAX_PAGES) break;
  }
  return { ok: false, failure: session.fail('unreadable', 'Planable’s list of pages did not end') };
}

/** Workspaces (their names), then every page with its `isConnected`. */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const listed = await readBody(session, workspacesRequest(ctx.key));
  if (!listed.ok) return listed.failure;
  const workspaces = readWorkspaces(listed.value);
  if (!workspaces) return session.fail('unreadable', 'Planable’s workspaces could not be read');
  const pages = await allPages(session, new Lister(session), ctx.key);
  if (!pages.ok) return pages.failure;
  const channels = readPages(pages.value, workspaces);
  if (!channels) return session.fail('unreadable', 'Planable’s pages could not be read');
  return session.done(channels);
}

/**
 * The scheduled posts of one page, from at most `MAX_POST_REQUESTS` pages of its posts; `more`: Planable had
 * more when the reading stopped, so the page has at least these (said as "at least", never a short count).
 */
async function pagePosts(
  lister: Lister,
  now: Date,
  key: string,
  where: { workspaceId: string; pageId: string },
): Promise<Read<{ posts: ScheduledPost[]; more: boolean }>> {
  const posts: ScheduledPost[] = [];
  const build = (offset: number, size?: number) =>
    postsRequest(key, where.workspaceId, where.pageId, offset, size);
  let offset = 0;
  let more = false;
  for (let n = 0; n < MAX_POST_REQUESTS; n += 1) {
    const read = await lister.page(build, offset, 'posts');
    if (!read.ok) return read;
    const found = readScheduled(read.value.items, where.pageId, now);
    if (!found) return { ok: false, failure: lister.fail('Planable’s posts could not be read') };
    posts.push(...found);
    more = read.value.hasMore && read.value.items.length > 0;
    if (!more) break;
    offset += read.value.items.length;
  }
  return { ok: true, value: { posts, more } };
}

/**
 * The posts scheduled on the asked pages. `GET /posts` needs each page's workspace, so the pages are listed
 * first. A page no longer in Planable has no posts. Any failure fails the whole answer: the last posts known
 * are kept, and no status changes.
 */
async function posts(ctx: PostsContext): Promise<PostsResult> {
  const session = new SyncSession(ctx);
  const asked = [...new Set(ctx.channelIds)];
  if (asked.length === 0) return { ok: true, posts: [], requests: 0 };
  if (asked.length > MAX_POST_CHANNELS) {
    return session.fail('rate-limited', `More than ${MAX_POST_CHANNELS} Planable pages asked at once`);
  }
  const lister = new Lister(session);
  const pages = await allPages(session, lister, ctx.key);
  if (!pages.ok) return pages.failure;
  const where = pageWorkspaces(pages.value);
  const found: ScheduledPost[] = [];
  const cutShort: string[] = [];
  for (const pageId of asked) {
    const workspaceId = where.get(pageId);
    if (!workspaceId) continue;
    const read = await pagePosts(lister, session.now, ctx.key, { workspaceId, pageId });
    if (!read.ok) return read.failure;
    found.push(...read.value.posts);
    if (read.value.more) cutShort.push(pageId);
  }
  found.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { ok: true, posts: found, ...(cutShort.length ? { cutShort } : {}), requests: session.requests };
}

export const planable: SourceTool = {
  ...SOURCE_METADATA.planable,
  // Planable keeps a page whose connection broke listed (`isConnected: false`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: () => 'https://app.planable.io/',
  // The workspaces request is the first of the sync: it proves the token.
  validate: sync,
  sync,
  posts,
};
