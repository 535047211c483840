import type { PlatformId } from './platform-id';
import { type Profile, type ProfileKind, profileIdentity } from './profile';
import type { SourceLink, SourceState } from './source-record';

/** One channel as a tool reported it, already mapped to our platforms (`platform` absent: not tracked). */
export interface ReportedChannel {
  externalId: string;
  platform?: PlatformId;
  name: string;
  handle?: string;
  kind?: ProfileKind;
  state: Exclude<SourceState, 'gone'>;
  /** The tool's own expiry (ISO), when it gives one. */
  expiresAt?: string;
}

export interface SyncSource {
  id: string;
  /** The tool's display name: the publisher of the profiles it creates. */
  toolName: string;
  /** Where the person reconnects a channel of this tool. */
  reconnectUrl: string;
}

export interface SyncPlan {
  /** Every profile to write (new or changed); nothing else changes. */
  put: Profile[];
  created: number;
  linked: number;
  gone: number;
  /** Channels on networks the extension does not track (counted and shown, never a failed sync). */
  notTracked: number;
  /**
   * Channels left out because their profile is taken: another connected tool reports it (the first tool
   * keeps its link), or another channel of this answer already claimed it. No duplicate either way.
   */
  elsewhere: number;
}

/**
 * What one successful sync changes. A channel links to the profile already linked to it, else to a
 * profile that is the same (platform and handle, else name: `profileIdentity`), keeping its notes and
 * dates; else a new profile is made. Each profile takes at most one channel, so the list never holds
 * duplicates and a re-sync changes links, never the number of profiles. Profiles of this tool that it
 * no longer lists are marked `gone`, never deleted. Pure: `now` and `newId` are parameters.
 */
export function planSync(
  profiles: readonly Profile[],
  source: SyncSource,
  channels: readonly ReportedChannel[],
  now: Date,
  newId: () => string,
): SyncPlan {
  const at = now.toISOString();
  const byExternal = new Map<string, Profile>();
  const byIdentity = new Map<string, Profile>();
  for (const p of profiles) {
    if (p.source?.sourceId === source.id) byExternal.set(p.source.externalId, p);
    const key = profileIdentity(p);
    // An unlinked profile (or one whose tool no longer lists it) may be claimed; the first one wins.
    if (!byIdentity.has(key) || (byIdentity.get(key)?.source && !p.source)) byIdentity.set(key, p);
  }
  const claimed = new Set<string>();
  const plan: SyncPlan = { put: [], created: 0, linked: 0, gone: 0, notTracked: 0, elsewhere: 0 };
  const seen = new Set<string>();

  for (const channel of channels) {
    if (!channel.platform) {
      plan.notTracked++;
      continue;
    }
    if (seen.has(channel.externalId)) continue; // a tool listing a channel twice is still one channel
    seen.add(channel.externalId);
    const link: SourceLink = {
      sourceId: source.id,
      externalId: channel.externalId,
      tool: source.toolName,
      state: channel.state,
      reportedAt: at,
      ...(channel.expiresAt ? { expiresAt: channel.expiresAt } : {}),
    };
    const identity = profileIdentity({
      platform: channel.platform,
      name: channel.name,
      handle: channel.handle,
    });
    const candidate = byExternal.get(channel.externalId) ?? byIdentity.get(identity);
    const mine = candidate?.source?.sourceId === source.id;
    const free = candidate && (mine || !candidate.source || candidate.source.state === 'gone');
    if (candidate && !claimed.has(candidate.id) && free) {
      claimed.add(candidate.id);
      plan.put.push(linkExisting(candidate, channel, link, source, at));
      plan.linked++;
    } else if (candidate) {
      plan.elsewhere++;
    } else {
      const created = newLinkedProfile(channel, link, source, at, newId());
      claimed.add(created.id);
      byIdentity.set(identity, created);
      plan.put.push(created);
      plan.created++;
    }
  }

  for (const p of byExternal.values()) {
    if (claimed.has(p.id) || !p.source || p.source.state === 'gone') continue;
    const { stale: _stale, ...link } = p.source;
    plan.put.push({ ...p, source: { ...link, state: 'gone', reportedAt: at }, updatedAt: at });
    plan.gone++;
  }
  return plan;
}

function linkExisting(
  profile: Profile,
  channel: ReportedChannel,
  link: SourceLink,
  source: SyncSource,
  at: string,
): Profile {
  return {
    ...profile,
    // What the person wrote (name, notes, dates, their own links) stays; gaps are filled from the tool.
    handle: profile.handle ?? channel.handle,
    kind: profile.kind ?? channel.kind,
    publisher: profile.publisher ?? source.toolName,
    reconnectUrl: profile.reconnectUrl ?? source.reconnectUrl,
    source: link,
    updatedAt: at,
  };
}

function newLinkedProfile(
  channel: ReportedChannel,
  link: SourceLink,
  source: SyncSource,
  at: string,
  id: string,
): Profile {
  return {
    id,
    platform: channel.platform!,
    name: channel.name,
    ...(channel.handle ? { handle: channel.handle } : {}),
    ...(channel.kind ? { kind: channel.kind } : {}),
    publisher: source.toolName,
    reconnectUrl: source.reconnectUrl,
    hasToken: false,
    createdAt: at,
    updatedAt: at,
    source: link,
  };
}

/** A failed sync: the tool's last word stands on each of its profiles, marked stale with the reason. */
export function markStale(
  profiles: readonly Profile[],
  sourceId: string,
  reason: NonNullable<SourceLink['stale']>['reason'],
  now: Date,
): Profile[] {
  const at = now.toISOString();
  return profiles
    .filter((p) => p.source?.sourceId === sourceId && p.source.state !== 'gone')
    .map((p) => ({ ...p, source: { ...p.source!, stale: { at, reason } } }));
}
