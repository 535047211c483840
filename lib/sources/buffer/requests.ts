import type { SourceRequest } from '../types';

/** Buffer's GraphQL endpoint (docs/publishing-tools.md, Buffer). */
export const BUFFER_API = 'https://api.buffer.com';

export const ORGANIZATIONS_QUERY = 'query { account { organizations { id name } } }';

export const CHANNELS_QUERY =
  'query Channels($input: ChannelsInput!) { channels(input: $input) { id name displayName service type ' +
  'avatar serviceId isDisconnected isLocked isQueuePaused createdAt updatedAt organizationId } }';

function graphql(key: string, query: string, variables?: Record<string, unknown>): SourceRequest {
  return {
    method: 'POST',
    url: BUFFER_API,
    headers: {
      Authorization: `Bearer ${key}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  };
}

export function organizationsRequest(key: string): SourceRequest {
  return graphql(key, ORGANIZATIONS_QUERY);
}

export function channelsRequest(key: string, organizationId: string): SourceRequest {
  return graphql(key, CHANNELS_QUERY, { input: { organizationId } });
}

/**
 * Buffer's `posts(input: PostsInput!, first: Int, after: String): PostsResults!` (its published schema):
 * the scheduled posts of some channels of one organization, soonest `dueAt` first, a page of `first`.
 */
export const POSTS_QUERY =
  'query Posts($input: PostsInput!, $first: Int, $after: String) { posts(input: $input, first: $first, ' +
  'after: $after) { edges { node { id channelId status dueAt text } } pageInfo { hasNextPage endCursor } } }';

/** Posts asked per page, and pages per organization and sync (200 posts: the soonest are what count). */
export const POSTS_PAGE = 100;
export const POSTS_PAGES = 2;

export function postsRequest(
  key: string,
  organizationId: string,
  channelIds: readonly string[],
  after?: string,
): SourceRequest {
  return graphql(key, POSTS_QUERY, {
    input: {
      organizationId,
      filter: { channelIds, status: ['scheduled'] },
      sort: [{ field: 'dueAt', direction: 'asc' }],
    },
    first: POSTS_PAGE,
    ...(after ? { after } : {}),
  });
}
