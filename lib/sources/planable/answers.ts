import type { PlatformId } from '../../domain/platform-id';
import { POST_TEXT_MAX } from '../../domain/source-record';
import { displayName } from '../handle';
import { idField, isRecord, textField } from '../json';
import { platformOfService } from '../service-platform';
import type { ChannelReport, ScheduledPost } from '../types';

/**
 * Planable's `platform` of a page, squeezed (lower case, letters only), for the platforms we track. The
 * reference gives the field as a free string; the values are inferred from the networks Planable lists.
 */
const SPELLINGS: Readonly<Record<string, PlatformId>> = {
  google: 'google-business',
  gmb: 'google-business',
  googlebusiness: 'google-business',
  googlemybusiness: 'google-business',
  googlebusinessprofile: 'google-business',
};

export function platformOf(raw: string): PlatformId | null {
  return platformOfService(raw.toLowerCase().replace(/[^a-z]/g, ''), SPELLINGS);
}

export interface Listing {
  items: unknown[];
  /** Planable's `pagination.hasMore`; without it, a full page is taken to mean more may follow. */
  hasMore: boolean;
}

/** `{ data: [...], pagination: { offset, limit, hasMore } }`, Planable's wrapping of every list. */
export function readListing(body: unknown, asked: number): Listing | undefined {
  if (!isRecord(body) || !Array.isArray(body.data)) return undefined;
  const pagination = isRecord(body.pagination) ? body.pagination : {};
  const hasMore = typeof pagination.hasMore === 'boolean' ? pagination.hasMore : body.data.length >= asked;
  return { items: body.data, hasMore };
}

/** The workspaces' names by id (`GET /workspaces`: `{ data: [{ id, name, … }] }`, not paged). */
export function readWorkspaces(body: unknown): Map<string, string> | undefined {
  if (!isRecord(body) || !Array.isArray(body.data)) return undefined;
  const names = new Map<string, string>();
  for (const entry of body.data) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    names.set(id, displayName(textField(entry, 'name') ?? id));
  }
  return names;
}

/** `isConnected` is Planable's health answer for a page; anything but a boolean says nothing. */
function pageState(entry: Record<string, unknown>): ChannelReport['state'] {
  if (entry.isConnected === true) return 'connected';
  if (entry.isConnected === false) return 'disconnected';
  return 'unknown';
}

/**
 * Pages as channels. A page without an id makes the whole list unreadable: skipping it would make it look
 * removed from Planable. Planable gives no username, so no handle: the name is matched.
 */
export function readPages(items: unknown[], workspaces: Map<string, string>): ChannelReport[] | undefined {
  const channels: ChannelReport[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'platform') ?? 'unknown';
    const workspaceId = idField(entry, 'workspaceId');
    channels.push({
      externalId: id,
      service,
      platform: platformOf(service),
      name: displayName(textField(entry, 'name') ?? id),
      state: pageState(entry),
      ...(workspaceId
        ? { organization: { id: workspaceId, name: workspaces.get(workspaceId) ?? workspaceId } }
        : {}),
    });
  }
  return channels;
}

/** Where each page lives: `GET /posts` needs the page's workspace. */
export function pageWorkspaces(items: unknown[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of items) {
    if (!isRecord(entry)) continue;
    const id = idField(entry, 'id');
    const workspaceId = idField(entry, 'workspaceId');
    if (id && workspaceId) found.set(id, workspaceId);
  }
  return found;
}

/** The first words, whitespace folded, cut to `POST_TEXT_MAX` without splitting a surrogate pair. */
export function firstWords(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= POST_TEXT_MAX) return folded;
  const cut = folded.slice(0, POST_TEXT_MAX);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function httpsLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page's posts that will still go out: a schedule set (`scheduledSet`), a date after `now`, neither
 * published nor archived. Drafts with a date but no schedule are not posts at risk: Planable would not
 * publish them anyway. Only the time, the first words and the share link are kept.
 */
export function readScheduled(items: unknown[], pageId: string, now: Date): ScheduledPost[] | undefined {
  const posts: ScheduledPost[] = [];
  for (const entry of items) {
    if (!isRecord(entry)) return undefined;
    if (entry.scheduledSet !== true || entry.published === true || entry.archived === true) continue;
    const page = idField(entry, 'pageId');
    if (page !== undefined && page !== pageId) continue;
    const at = typeof entry.scheduledAt === 'string' ? Date.parse(entry.scheduledAt) : Number.NaN;
    if (!Number.isFinite(at) || at <= now.getTime()) continue;
    const url = httpsLink(entry.publicShareLink);
    posts.push({
      channelId: pageId,
      dueAt: new Date(at).toISOString(),
      text: firstWords(typeof entry.plainText === 'string' ? entry.plainText : ''),
      ...(url ? { url } : {}),
    });
  }
  return posts;
}
