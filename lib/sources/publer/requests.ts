import type { SourceRequest } from '../types';

/** Publer's API (docs/publishing-tools.md, Publer): the key as `Bearer-API <key>` (sic). */
export const PUBLER_API = 'https://app.publer.com/api/v1';

const headers = (key: string) => ({ Authorization: `Bearer-API ${key}`, Accept: 'application/json' });

export function workspacesRequest(key: string): SourceRequest {
  return { method: 'GET', url: `${PUBLER_API}/workspaces`, headers: headers(key) };
}

export function accountsRequest(key: string, workspace: string): SourceRequest {
  return {
    method: 'GET',
    url: `${PUBLER_API}/accounts`,
    headers: { ...headers(key), 'Publer-Workspace-Id': workspace },
  };
}

/**
 * `GET /posts?state=scheduled&from=…&to=…&page=N&account_ids[]=…` in one workspace (Publer API reference,
 * Posts): the scheduled posts of the range, a page at a time (0-based).
 */
export function postsRequest(
  key: string,
  workspace: string,
  accounts: readonly string[],
  range: { from: Date; to: Date },
  page: number,
): SourceRequest {
  const query = new URLSearchParams({
    state: 'scheduled',
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    page: String(page),
  });
  for (const id of accounts) query.append('account_ids[]', id);
  return {
    method: 'GET',
    url: `${PUBLER_API}/posts?${query}`,
    headers: { ...headers(key), 'Publer-Workspace-Id': workspace },
  };
}
