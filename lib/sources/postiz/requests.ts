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
