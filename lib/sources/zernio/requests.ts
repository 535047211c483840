import type { SourceRequest } from '../types';

/** Zernio's API (formerly Late): base `https://zernio.com/api/v1`, a Bearer API key (docs/publishing-tools.md). */
export const ZERNIO_API = 'https://zernio.com/api/v1';

/** Every connected account with its health: token validity, expiry, whether it needs reconnecting. */
export function healthRequest(key: string): SourceRequest {
  return {
    method: 'GET',
    url: `${ZERNIO_API}/accounts/health`,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
  };
}

/**
 * One page (100, its maximum) of the scheduled posts of every account, read client-side by account: the list's
 * per-account filter is not named in the stored copies of its reference (docs/publishing-tools.md, Zernio).
 */
export function scheduledPostsRequest(key: string, page: number): SourceRequest {
  return {
    method: 'GET',
    url: `${ZERNIO_API}/posts?status=scheduled&limit=100&page=${page}`,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
  };
}
