import type { LiveCheckRequest } from './types';

/** A "who am I" GET with the token in an `Authorization: Bearer` header (LinkedIn, X, Pinterest, TikTok). */
export function bearerGet(url: string): (token: string) => LiveCheckRequest {
  return (token) => ({ method: 'GET', url, headers: { Authorization: `Bearer ${token}` } });
}
