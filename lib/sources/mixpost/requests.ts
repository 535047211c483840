import type { SourceRequest } from '../types';

/** Mixpost's API paths under the instance's core path (docs/publishing-tools.md, Mixpost). */
function get(key: string, url: string): SourceRequest {
  return { method: 'GET', url, headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } };
}

export function workspacesRequest(key: string, base: string): SourceRequest {
  return get(key, `${base}/api/workspaces`);
}

export function accountsRequest(key: string, base: string, workspace: string): SourceRequest {
  return get(key, `${base}/api/${encodeURIComponent(workspace)}/accounts`);
}

/** A next page the answer links to: only on the instance itself (a key never follows a link elsewhere). */
export function nextPageRequest(key: string, base: string, next: string): SourceRequest | undefined {
  let url: URL;
  try {
    url = new URL(next);
  } catch {
    return undefined;
  }
  return url.origin === new URL(base).origin && url.protocol === 'https:' ? get(key, url.href) : undefined;
}
