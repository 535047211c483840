import type { SourceRequest } from '../types';

/** Ayrshare's profile details (docs/publishing-tools.md, Ayrshare: `GET /api/user`). */
export const AYRSHARE_USER = 'https://api.ayrshare.com/api/user';

export function userRequest(key: string): SourceRequest {
  return {
    method: 'GET',
    url: AYRSHARE_USER,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
  };
}
