import type { LiveCheckRequest } from './types';

/**
 * A "who am I" GET with the token in an `Authorization: Bearer` header, never in the URL (URLs end up in
 * logs, proxies and error texts). Graph (Facebook, Instagram Login), LinkedIn and Pinterest take it.
 */
export function bearerGet(url: string): (token: string) => LiveCheckRequest {
  return (token) => ({ method: 'GET', url, headers: { Authorization: `Bearer ${token}` } });
}
