import type { SourceRequest } from '../types';

/** Planable's public API (docs/publishing-tools.md, Planable): the `pln_…` token as a Bearer header. */
export const PLANABLE_API = 'https://api.planable.io/api/v1';

/** The largest page of a list Planable serves (`limit`, default 20, at most 100). */
export const PAGE_SIZE = 100;

const headers = (key: string) => ({ Authorization: `Bearer ${key}`, Accept: 'application/json' });

/** The workspaces the token may read: their names label the pages. */
export function workspacesRequest(key: string): SourceRequest {
  return { method: 'GET', url: `${PLANABLE_API}/workspaces`, headers: headers(key) };
}

/** One page of the pages (social channels) of every workspace the token may read. */
export function pagesRequest(key: string, offset: number): SourceRequest {
  const query = new URLSearchParams({ offset: String(offset), limit: String(PAGE_SIZE) });
  return { method: 'GET', url: `${PLANABLE_API}/pages?${query}`, headers: headers(key) };
}

/** One page of the posts of one page (`workspaceId` is required by Planable). */
export function postsRequest(
  key: string,
  workspaceId: string,
  pageId: string,
  offset: number,
): SourceRequest {
  const query = new URLSearchParams({
    workspaceId,
    pageId,
    offset: String(offset),
    limit: String(PAGE_SIZE),
  });
  return { method: 'GET', url: `${PLANABLE_API}/posts?${query}`, headers: headers(key) };
}
