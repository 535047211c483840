import type { SourceRequest } from '../types';

/** Postiz's hosted public API; a self-hosted instance gives its backend address instead. */
export const POSTIZ_CLOUD = 'https://api.postiz.com';

/** `GET {base}/public/v1/integrations`, the key as the whole `Authorization` header (no "Bearer"). */
export function integrationsRequest(key: string, base: string): SourceRequest {
  return {
    method: 'GET',
    url: `${base}/public/v1/integrations`,
    headers: { Authorization: key, Accept: 'application/json' },
  };
}

/** `GET {base}/public/v1/notifications?page=N` (0-based; newest first, 100 a page). */
export function notificationsRequest(key: string, base: string, page: number): SourceRequest {
  return {
    method: 'GET',
    url: `${base}/public/v1/notifications?page=${page}`,
    headers: { Authorization: key, Accept: 'application/json' },
  };
}

/** `GET {base}/public/v1/posts?startDate=…&endDate=…` (ISO 8601, both required): every post in that range. */
export function postsRequest(key: string, base: string, from: Date, to: Date): SourceRequest {
  const query = new URLSearchParams({ startDate: from.toISOString(), endDate: to.toISOString() });
  return {
    method: 'GET',
    url: `${base}/public/v1/posts?${query}`,
    headers: { Authorization: key, Accept: 'application/json' },
  };
}
