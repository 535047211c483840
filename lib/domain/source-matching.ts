import { findMatch, matchKeys } from './channel-match';
import type { PlatformId } from './platform-id';
import type { Profile, ProfileKind } from './profile';
import type { SourceLink, SourceNotice, SourceState } from './source-record';

export { markStale, removableWith } from './source-links';

/** One channel as a tool reported it, already mapped to our platforms (`platform` absent: not tracked). */
export interface ReportedChannel {
  externalId: string;
  platform?: PlatformId;
  name: string;
  handle?: string;
  kind?: ProfileKind;
  state: Extract<SourceState, 'connected' | 'disconnected' | 'listed'>;
  notices?: SourceNotice[];
  /** The tool's own expiry (ISO), when it gives one. */
  expiresAt?: string;
  /** The tool's own words about the connection, as short as the link keeps them. */
  said?: string;
  /** When the tool said it could not refresh a channel of this provider (with the `refresh-failed` notice). */
  refreshFailedAt?: string;
  /** The organization or workspace it is in, to name the link beside another of the same tool. */
  organization?: string;
}

export interface SyncSource {
  id: string;
  /** The tool's display name: the publisher of the profiles it creates. */
  toolName: string;
  /** Where the person reconnects a channel of this tool. */
  reconnectUrl: string;
  /** What a channel that vanishes from the tool's list means: the tool's own fact (`SourceTool.vanished`). */
  vanished: 'gone' | 'unlinked';
}

/** A link whose state a sync changed (new, changed, vanished): a history entry of its profile. */
export interface LinkChange {
  profileId: string;
  tool: string;
  state: SourceState;
}

/** A channel linked to no profile because several matched it equally. */
export interface AmbiguousChannel {
  platform: PlatformId;
  name: string;
  candidates: number;
}

export interface SyncPlan {
  /** Every profile to write (new or changed); nothing else changes. */
  put: Profile[];
  created: number;
  linked: number;
  gone: number;
  /** Channels on networks the extension does not track (counted and shown, never a failed sync). */
  notTracked: number;
  ambiguous: AmbiguousChannel[];
  changes: LinkChange[];
}

/**
 * What one successful sync changes. Every tool-channel keeps its own link: a channel links to the profile
 * already linked to it, else to the one profile it matches (`findMatch`), keeping its notes and dates; else
 * a new profile is made (marked `created`: only such a profile may later be deleted with its tool). A
 * profile may hold links of several channels (a page in two organizations, or in two tools), so no
 * channel's word is ever dropped. Links of this tool that it no longer lists take the tool's `vanished`
 * meaning; nothing is deleted. Pure: `now` and `newId` are parameters.
 */
export function planSync(
  profiles: readonly Profile[],
  source: SyncSource,
  channels: readonly ReportedChannel[],
  now: Date,
  newId: () => string,
): SyncPlan {
  const at = now.toISOString();
  const working = new Map(profiles.map((p) => [p.id, p]));
  const touched = new Set<string>();
  const plan: SyncPlan = {
    put: [],
    created: 0,
    linked: 0,
    gone: 0,
    notTracked: 0,
    ambiguous: [],
    changes: [],
  };
  const seen = new Set<string>();
  const keyOf = matchKeys();
  const mine = (l: SourceLink, externalId?: string) =>
    l.sourceId === source.id && (externalId === undefined || l.externalId === externalId);
  // Which profiles hold a link of this tool to each channel (normally one).
  const holding = new Map<string, Set<string>>();
  for (const p of profiles) {
    for (const l of p.sources ?? []) {
      if (mine(l)) holding.set(l.externalId, (holding.get(l.externalId) ?? new Set()).add(p.id));
    }
  }
  const write = (p: Profile, before: SourceLink | undefined, link: SourceLink) => {
    const others = (p.sources ?? []).filter((l) => !mine(l, link.externalId));
    working.set(p.id, { ...p, sources: [...others, link], updatedAt: at });
    holding.set(link.externalId, (holding.get(link.externalId) ?? new Set()).add(p.id));
    touched.add(p.id);
    if (before?.state !== link.state)
      plan.changes.push({ profileId: p.id, tool: link.tool, state: link.state });
  };

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
      ...(channel.organization ? { label: channel.organization.slice(0, 200) } : {}),
      state: channel.state,
      ...(channel.notices?.length ? { notices: [...new Set(channel.notices)] } : {}),
      reportedAt: at,
      ...(channel.expiresAt ? { expiresAt: channel.expiresAt } : {}),
      ...(channel.said ? { said: channel.said.slice(0, 200) } : {}),
      ...(channel.refreshFailedAt ? { refreshFailedAt: channel.refreshFailedAt } : {}),
    };
    const holders = [...(holding.get(channel.externalId) ?? [])].map((id) => working.get(id)!);
    if (holders.length) {
      for (const p of holders) {
        const before = p.sources!.find((l) => mine(l, channel.externalId))!;
        write(p, before, { ...link, ...(before.created ? { created: true } : {}) });
      }
      plan.linked++;
      continue;
    }
    const match = findMatch(working.values(), channel, keyOf);
    if (match && 'tie' in match) {
      plan.ambiguous.push({ platform: channel.platform, name: channel.name, candidates: match.tie });
    } else if (match) {
      write(fillGaps(match.profile, channel, source), undefined, link);
      plan.linked++;
    } else {
      write(newProfile(channel, source, at, newId()), undefined, { ...link, created: true });
      plan.created++;
    }
  }

  for (const p of working.values()) {
    for (const before of p.sources ?? []) {
      if (!mine(before) || seen.has(before.externalId) || before.state === 'gone') continue;
      // A tool that unlinks broken connections (Ayrshare) says "broken" by dropping one it reported.
      const next = source.vanished === 'unlinked' && before.state !== 'listed' ? 'unlinked' : 'gone';
      if (next === before.state) continue;
      const { stale: _stale, ...rest } = before;
      write(working.get(p.id)!, before, { ...rest, state: next, reportedAt: at });
      if (next === 'gone') plan.gone++;
    }
  }
  plan.put = [...touched].map((id) => working.get(id)!);
  return plan;
}

/** What the person wrote (name, notes, dates, their own links) stays; gaps are filled from the tool. */
function fillGaps(profile: Profile, channel: ReportedChannel, source: SyncSource): Profile {
  return {
    ...profile,
    handle: profile.handle ?? channel.handle,
    kind: profile.kind ?? channel.kind,
    publisher: profile.publisher ?? source.toolName,
    reconnectUrl: profile.reconnectUrl ?? source.reconnectUrl,
  };
}

function newProfile(channel: ReportedChannel, source: SyncSource, at: string, id: string): Profile {
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
  };
}
