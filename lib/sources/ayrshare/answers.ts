import type { PlatformId } from '../../domain/platform-id';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import { platformOfService } from '../service-platform';
import type { ChannelReport } from '../types';

/** Ayrshare platform names that are platforms we track; the others (reddit, telegram…) are "not tracked". */
const SPELLINGS: Readonly<Record<string, PlatformId>> = { gmb: 'google-business' };

/**
 * Ayrshare platform names it documents that are not platforms we track: kept as "not tracked" channels under
 * a readable name (an active network without a `displayNames` entry has nothing else to be called).
 */
const UNTRACKED_NAMES: Record<string, string> = {
  fbg: 'Facebook Groups',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
  telegram: 'Telegram',
  snapchat: 'Snapchat',
};

const DAY_MS = 86_400_000;

/**
 * When Ayrshare says the link must be renewed: `refreshRequired` (a date) or `refreshDaysRemaining` (days from
 * now). Both appear only in third-party typings (docs/publishing-tools.md): used when present, never required.
 */
function expiry(entry: Record<string, unknown>, now: Date): string | undefined {
  const date = textField(entry, 'refreshRequired');
  const at = date === undefined ? Number.NaN : Date.parse(date);
  if (!Number.isNaN(at)) return new Date(at).toISOString();
  const days = entry.refreshDaysRemaining;
  if (typeof days === 'number' && Number.isFinite(days) && Math.abs(days) < 100_000) {
    return new Date(now.getTime() + days * DAY_MS).toISOString();
  }
  return undefined;
}

/**
 * One channel per linked network: `activeSocialAccounts` says which are linked (connected: Ayrshare unlinks
 * a connection that breaks, so being in the active list is its health answer), `displayNames` says who they
 * are. A `displayNames` entry whose network is not in the active list is not a linked network, so it is not
 * reported: a network that was active and is no longer is the broken-connection signal (`vanished:
 * 'unlinked'` in ./index.ts). Without an active list at all, the entries are only a listing (`unknown`). `undefined` when the answer has neither list, or a list is not what the docs say.
 */
export function readUser(body: unknown, now: Date): ChannelReport[] | undefined {
  if (!isRecord(body)) return undefined;
  const active = body.activeSocialAccounts;
  const names = body.displayNames;
  if (active === undefined && names === undefined) return undefined;
  if (active !== undefined && !(Array.isArray(active) && active.every((a) => typeof a === 'string')))
    return undefined;
  if (names !== undefined && !(Array.isArray(names) && names.every(isRecord))) return undefined;
  const activeSet = new Set((active ?? []).map((a) => a.trim().toLowerCase()));
  const channels: ChannelReport[] = [];
  const seen = new Set<string>();
  for (const entry of names ?? []) {
    const service = textField(entry, 'platform')?.toLowerCase();
    if (!service) return undefined;
    const id = idField(entry, 'id');
    const externalId = id ? `${service}:${id}` : service;
    if (seen.has(externalId)) continue;
    if (active !== undefined && !activeSet.has(service)) continue;
    seen.add(externalId);
    const handle = normaliseHandle(textField(entry, 'username'));
    const expiresAt = expiry(entry, now);
    channels.push({
      externalId,
      service,
      platform: platformOfService(service, SPELLINGS),
      name: displayName(
        textField(entry, 'displayName') ??
          textField(entry, 'pageName') ??
          textField(entry, 'username') ??
          UNTRACKED_NAMES[service] ??
          service,
      ),
      ...(handle ? { handle } : {}),
      state: active === undefined ? 'unknown' : 'connected',
      ...(expiresAt ? { expiresAt } : {}),
    });
  }
  const described = new Set(channels.map((c) => c.service));
  for (const service of activeSet) {
    if (service === '' || described.has(service)) continue;
    channels.push({
      externalId: service,
      service,
      platform: platformOfService(service, SPELLINGS),
      name: UNTRACKED_NAMES[service] ?? service,
      state: 'connected',
    });
  }
  return channels;
}
