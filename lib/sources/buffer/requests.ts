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
