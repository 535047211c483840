import type { PlatformId } from '../../domain/platform-id';
import type { ProfileKind } from '../../domain/profile';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import type { ChannelReport } from '../types';

/**
 * Mixpost `provider` names: `twitter`, `facebook_page`, `mastodon` are in the open-source edition; the others
 * are Mixpost Pro's, inferred from its provider list (docs/publishing-tools.md). Unknown ones are "not tracked".
 */
const PROVIDERS: Record<string, { platform: PlatformId; kind?: ProfileKind }> = {
  twitter: { platform: 'x', kind: 'user' },
  x: { platform: 'x', kind: 'user' },
  facebook_page: { platform: 'facebook', kind: 'page' },
  facebook_group: { platform: 'facebook' },
  instagram: { platform: 'instagram' },
  linkedin: { platform: 'linkedin', kind: 'user' },
  linkedin_page: { platform: 'linkedin', kind: 'page' },
  threads: { platform: 'threads', kind: 'user' },
  pinterest: { platform: 'pinterest' },
  tiktok: { platform: 'tiktok', kind: 'user' },
  youtube: { platform: 'youtube', kind: 'channel' },
  google_business_profile: { platform: 'google-business', kind: 'business' },
  gbp: { platform: 'google-business', kind: 'business' },
};

export interface Workspace {
  id: string;
  name: string;
}

/** A list answer: a bare array or Laravel's `{ data: [...] }`, with the next page's link when there is one. */
export function readList(body: unknown): { items: unknown[]; next?: string } | undefined {
  if (Array.isArray(body)) return { items: body };
  if (!isRecord(body) || !Array.isArray(body.data)) return undefined;
  const links = isRecord(body.links) ? body.links : {};
  const next = textField(links, 'next');
  return { items: body.data, ...(next ? { next } : {}) };
}

export function readWorkspaces(items: unknown[]): Workspace[] | undefined {
  const workspaces: Workspace[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'uuid');
    if (!id) return undefined;
    workspaces.push({ id, name: displayName(textField(entry, 'name') ?? id) });
  }
  return workspaces;
}

/** Accounts of one workspace; one without an id makes the list unreadable (it would look removed). */
export function readAccounts(items: unknown[], workspace: Workspace): ChannelReport[] | undefined {
  const channels: ChannelReport[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'uuid') ?? idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'provider') ?? 'unknown';
    const known = PROVIDERS[service.toLowerCase()];
    const handle = normaliseHandle(textField(entry, 'username'));
    // `created_at` is a human string ("2 days ago"), not a date: ignored.
    channels.push({
      externalId: id,
      service,
      platform: known?.platform ?? null,
      name: displayName(textField(entry, 'name') ?? textField(entry, 'username') ?? id),
      ...(handle ? { handle } : {}),
      ...(known?.kind ? { kind: known.kind } : {}),
      state:
        entry.authorized === true ? 'connected' : entry.authorized === false ? 'disconnected' : 'unknown',
      organization: workspace,
    });
  }
  return channels;
}
