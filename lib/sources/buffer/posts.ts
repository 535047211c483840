import { firstWords } from '../../domain/post-text';
import { idField, isRecord, textField } from '../json';
import { SyncSession } from '../session';
import type { PostsContext, PostsResult, ScheduledPost } from '../types';
import { graphqlData } from './answers';
import { POSTS_PAGES, postsRequest } from './requests';

/** One page of `posts`: its scheduled posts and the cursor of the next page, or `undefined` if unreadable. */
export function readPostsPage(
  data: Record<string, unknown>,
): { posts: ScheduledPost[]; next?: string } | undefined {
  const results = data.posts;
  if (!isRecord(results) || !isRecord(results.pageInfo)) return undefined;
  // `edges: [PostsEdge!]` is nullable in the schema: no edges is no posts.
  const edges = results.edges ?? [];
  if (!Array.isArray(edges)) return undefined;
  const posts: ScheduledPost[] = [];
  for (const edge of edges) {
    const node = isRecord(edge) ? edge.node : undefined;
    if (!isRecord(node)) return undefined;
    const channelId = idField(node, 'channelId');
    if (!channelId) return undefined;
    // Only `scheduled` was asked for; anything else is not a post still to go out.
    if (node.status !== undefined && node.status !== 'scheduled') continue;
    // `dueAt` is nullable: such a post is counted (its time unknown, so the background keeps no item of it).
    const text = typeof node.text === 'string' ? node.text : '';
    posts.push({ channelId, dueAt: textField(node, 'dueAt') ?? '', text: firstWords(text) });
  }
  const more = results.pageInfo.hasNextPage === true;
  const cursor = textField(results.pageInfo, 'endCursor');
  if (more && !cursor) return undefined;
  return { posts, ...(more ? { next: cursor } : {}) };
}

/**
 * The scheduled posts of the asked channels: per organization (the sync's channel answer names each
 * channel's), soonest first, at most `POSTS_PAGES` pages of `POSTS_PAGE`. When pages remain, those
 * channels' lists are cut short (`cutShort`): they have more posts, all due after the last one listed. A
 * channel whose organization is not known is not guessed: the whole answer fails and the last posts stay.
 */
export async function posts(ctx: PostsContext): Promise<PostsResult> {
  const session = new SyncSession(ctx);
  const byOrganization = new Map<string, string[]>();
  for (const id of ctx.channelIds) {
    const organization = ctx.organizations?.[id];
    if (!organization)
      return session.fail('not-found', `The Buffer organization of channel ${id} is not known`);
    byOrganization.set(organization, [...(byOrganization.get(organization) ?? []), id]);
  }
  const found: ScheduledPost[] = [];
  const cutShort: string[] = [];
  for (const [organization, channelIds] of byOrganization) {
    let after: string | undefined;
    for (let page = 0; page < POSTS_PAGES; page++) {
      const sent = await session.send(postsRequest(ctx.key, organization, channelIds, after));
      if (!sent.ok) return sent.failure;
      const data = graphqlData(session, sent.response);
      if (!data.ok) return data.failure;
      const read = readPostsPage(data.data);
      if (!read) return session.unreadable(sent.response, 'Buffer’s posts could not be read');
      found.push(...read.posts);
      after = read.next;
      if (!after) break;
    }
    if (after) cutShort.push(...channelIds);
  }
  return { ok: true, posts: found, ...(cutShort.length ? { cutShort } : {}), requests: session.requests };
}
