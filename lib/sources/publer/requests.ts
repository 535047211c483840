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
