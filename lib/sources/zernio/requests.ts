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
