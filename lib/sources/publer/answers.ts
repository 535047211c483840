import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import { LIST_ONLY_KINDS, LIST_ONLY_SPELLINGS } from '../list-only';
import { platformOfService } from '../service-platform';
import type { ChannelReport } from '../types';

export interface Workspace {
  id: string;
  name: string;
}

/** A bare array (documented), or the array under `data` / `key` (tolerated). */
export function readArray(body: unknown, key: string): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isRecord(body)) return undefined;
  const inner = body[key] ?? body.data;
  return Array.isArray(inner) ? inner : undefined;
}

export function readWorkspaces(body: unknown): Workspace[] | undefined {
  const items = readArray(body, 'workspaces');
  if (!items) return undefined;
  const workspaces: Workspace[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    workspaces.push({ id, name: displayName(textField(entry, 'name') ?? id) });
  }
  return workspaces;
}

/**
 * Accounts of one workspace. Publer documents no connection health, so every state is `unknown`: dates and
 * live checks decide the status. Publer has no username field: the name is all there is.
 */
export function readAccounts(body: unknown, workspace: Workspace): ChannelReport[] | undefined {
  const items = readArray(body, 'accounts');
  if (!items) return undefined;
  const channels: ChannelReport[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'provider') ?? 'unknown';
    const type = textField(entry, 'type')?.toLowerCase();
    const kind = type ? LIST_ONLY_KINDS[type] : undefined;
    const handle = normaliseHandle(textField(entry, 'username'));
    channels.push({
      externalId: id,
      service,
      platform: platformOfService(service, LIST_ONLY_SPELLINGS),
      name: displayName(textField(entry, 'name') ?? id),
      ...(handle ? { handle } : {}),
      ...(kind ? { kind } : {}),
      state: 'unknown',
      organization: workspace,
    });
  }
  return channels;
}
