import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { type SyncFailure, SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost, SourceTool, SyncContext, SyncResult } from '../types';
import {
  type Listing,
  pageWorkspaces,
  readListing,
  readPages,
  readScheduled,
  readWorkspaces,
} from './answers';
import { PAGE_SIZE, pagesRequest, postsRequest, workspacesRequest } from './requests';

/**
 * Bounds that keep one sync far inside Planable's 600 GET a minute per token: at most 20 pages of pages
 * (2,000 channels), posts of at most 100 channels, 3 pages of posts (300) each. Worst case 1 + 20 + 20 + 300.
 */
const MAX_PAGE_REQUESTS = 20;
const MAX_POST_CHANNELS = 100;
const MAX_POST_REQUESTS = 3;

type Read<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** Sends one request and reads its JSON; any HTTP failure is the tool's problem, never a verdict. */
async function readBody(
  session: SyncSession,
  request: Parameters<SyncSession['send']>[0],
): Promise<Read<unknown>> {
  const sent = await session.send(request);
  if (!sent.ok) return sent;
  const body = readJson(sent.response);
  // Planable's errors: `{ error: { code, message, requestId } }`; the status says which problem it is.
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return { ok: false, failure: byStatus };
  if (body === undefined)
    return { ok: false, failure: session.unreadable(sent.response, 'Planable’s answer was not JSON') };
  return { ok: true, value: body };
}

/** Every page of `GET /pages`: a list cut short would make the missing pages look removed, so it fails. */
async function allPages(session: SyncSession, key: string): Promise<Read<unknown[]>> {
  const items: unknown[] = [];
  for (let n = 0; n < MAX_PAGE_REQUESTS; n += 1) {
    const read = await readBody(session, pagesRequest(key, items.length));
    if (!read.ok) return read;
    const listing: Listing | undefined = readListing(read.value, PAGE_SIZE);
    if (!listing)
      return { ok: false, failure: session.fail('unreadable', 'Planable’s pages could not be read') };
    items.push(...listing.items);
    if (!listing.hasMore) return { ok: true, value: items };
    // "More" with nothing on this page would loop forever.
    if (listing.items.length === 0) break;
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
  const pages = await allPages(session, ctx.key);
  if (!pages.ok) return pages.failure;
  const channels = readPages(pages.value, workspaces);
  if (!channels) return session.fail('unreadable', 'Planable’s pages could not be read');
  return session.done(channels);
}

/** The scheduled posts of one page, from at most `MAX_POST_REQUESTS` pages of its posts. */
async function pagePosts(
  session: SyncSession,
  key: string,
  workspaceId: string,
  pageId: string,
): Promise<Read<ScheduledPost[]>> {
  const posts: ScheduledPost[] = [];
  let offset = 0;
  for (let n = 0; n < MAX_POST_REQUESTS; n += 1) {
    const read = await readBody(session, postsRequest(key, workspaceId, pageId, offset));
    if (!read.ok) return read;
    const listing = readListing(read.value, PAGE_SIZE);
    const found = listing && readScheduled(listing.items, pageId, session.now);
    if (!listing || !found)
      return { ok: false, failure: session.fail('unreadable', 'Planable’s posts could not be read') };
    posts.push(...found);
    if (!listing.hasMore || listing.items.length === 0) break;
    offset += listing.items.length;
  }
  return { ok: true, value: posts };
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
  const pages = await allPages(session, ctx.key);
  if (!pages.ok) return pages.failure;
  const where = pageWorkspaces(pages.value);
  const found: ScheduledPost[] = [];
  for (const pageId of asked) {
    const workspaceId = where.get(pageId);
    if (!workspaceId) continue;
    const read = await pagePosts(session, ctx.key, workspaceId, pageId);
    if (!read.ok) return read.failure;
    found.push(...read.value);
  }
  found.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { ok: true, posts: found, requests: session.requests };
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
