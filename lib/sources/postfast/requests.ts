import type { SourceRequest } from '../types';

/** PostFast's API: base `https://api.postfa.st/`, a workspace key in the `pf-api-key` header. */
export const POSTFAST_ACCOUNTS = 'https://api.postfa.st/social-media/my-social-accounts';

/** The workspace's connected accounts, with `connectionStatus` (350 requests an hour on this route). */
export function accountsRequest(key: string): SourceRequest {
  return {
    method: 'GET',
    url: POSTFAST_ACCOUNTS,
    headers: { 'pf-api-key': key, Accept: 'application/json' },
  };
}
