import type { SourceRequest } from '../types';

/** Planable's public API (docs/publishing-tools.md, Planable): the `pln_…` token as a Bearer header. */
export const PLANABLE_API = 'https://api.planable.io/api/v1';

/** The page size asked for: the largest Planable's guide gives for its lists (the reference gives none). */
export const PAGE_SIZE = 100;
/** What Planable serves when no `limit` is sent (its reference's default for `/pages` and `/posts`). */
export const DEFAULT_PAGE_SIZE = 20;

const headers = (key: string) => ({ Authorization: `Bearer ${key}`, Accept: 'application/json' });

/** `offset`, and `limit` unless Planable's default size is wanted. */
function paging(offset: number, size: number | undefined): Record<string, string> {
  return size === undefined ? { offset: String(offset) } : { offset: String(offset), limit: String(size) };
}

/** The workspaces the token may read: their names label the pages. */
export function workspacesRequest(key: string): SourceRequest {
  return { method: 'GET', url: `${PLANABLE_API}/workspaces`, headers: headers(key) };
}

/** One page of the pages (social channels) of every workspace the token may read. */
export function pagesRequest(key: string, offset: number, size?: number): SourceRequest {
  const query = new URLSearchParams(paging(offset, size));
  return { method: 'GET', url: `${PLANABLE_API}/pages?${query}`, headers: headers(key) };
}

/** One page of the posts of one page (`workspaceId` is required by Planable). */
export function postsRequest(
  key: string,
  workspaceId: string,
  pageId: string,
  offset: number,
  size?: number,
): SourceRequest {
  const query = new URLSearchParams({ workspaceId, pageId, ...paging(offset, size) });
  return { method: 'GET', url: `${PLANABLE_API}/posts?${query}`, headers: headers(key) };
}
