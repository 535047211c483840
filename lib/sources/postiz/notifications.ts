import { isRecord, textField } from '../json';
import type { ChannelReport } from '../types';

/**
 * Postiz's in-app notices (`GET /public/v1/notifications?page=N`: `{ notifications: [{ id, content, link,
 * createdAt }], total, page, limit, hasMore }`, newest first, 100 a page). When Postiz fails to refresh a
 * channel's token it marks the channel and writes, once, "Could not refresh your <providerIdentifier> channel
 * <error>. Please go back to the system and connect it again …" (docs/publishing-tools.md, Postiz). The notice
 * names the provider, never the channel.
 */
const REFRESH_FAILED = /^Could not refresh your (\S+) channel\b/;

/**
 * How far back a notice counts: 30 days. Postiz writes it once per breakage (it does not retry a channel it
 * marked), so a short window would forget a channel that is still broken; a notice older than a month has
 * most likely been dealt with, and each notice shows its date. A newer proof that the connection works hides
 * it (lib/domain/source-status.ts).
 */
export const NOTICE_WINDOW_DAYS = 30;
/** Pages read at most per sync: one normally (100 notices), two when the newest hundred are all recent. */
export const NOTICE_PAGES_MAX = 2;

const DAY_MS = 86_400_000;

export interface NoticePage {
  /** Per provider (lower case), the newest refresh failure on this page inside the window (ISO 8601). */
  failures: Map<string, string>;
  /** Whether an older page may still hold notices inside the window. */
  more: boolean;
}

/** One page of notices, or `undefined` when it is not that shape (then no notice is shown: it is a hint). */
export function readNoticePage(body: unknown, now: Date): NoticePage | undefined {
  if (!isRecord(body) || !Array.isArray(body.notifications)) return undefined;
  const since = now.getTime() - NOTICE_WINDOW_DAYS * DAY_MS;
  const failures = new Map<string, string>();
  let oldest = Number.POSITIVE_INFINITY;
  for (const entry of body.notifications) {
    if (!isRecord(entry)) continue;
    const created = textField(entry, 'createdAt');
    const at = created === undefined ? Number.NaN : Date.parse(created);
    if (Number.isNaN(at)) continue;
    oldest = Math.min(oldest, at);
    // A notice dated in the future is a clock or data error: it proves nothing.
    if (at < since || at > now.getTime()) continue;
    const provider = REFRESH_FAILED.exec(textField(entry, 'content') ?? '')?.[1]?.toLowerCase();
    if (!provider) continue;
    const iso = new Date(at).toISOString();
    const known = failures.get(provider);
    if (!known || known < iso) failures.set(provider, iso);
  }
  return { failures, more: body.hasMore === true && oldest >= since };
}

/** The channels with the `refresh-failed` notice on every channel of a provider Postiz could not refresh. */
export function withRefreshFailures(
  channels: ChannelReport[],
  failures: ReadonlyMap<string, string>,
): ChannelReport[] {
  if (failures.size === 0) return channels;
  return channels.map((channel) => {
    const at = failures.get(channel.service.toLowerCase());
    if (!at) return channel;
    return { ...channel, notices: [...(channel.notices ?? []), 'refresh-failed'], refreshFailedAt: at };
  });
}
