import type { Profile } from './profile';
import type { Reason } from './reasons';
import type { Settings } from './settings';
import type { SourceLink, SourceNotice, SourceState } from './source-record';
import { STATUS_SEVERITY, type Status } from './status';

const DAY_MS = 86_400_000;

/** What one piece of evidence says: a tool-channel's word, or the dates and live check together. */
export interface Evidence {
  status: Status;
  reason?: Reason;
  /** Known end; `null` when it does not end by date; absent when unknown. */
  expiresAt?: Date | null;
  changesAt?: Date;
  /** The tool-channel that said it (its name with its organization when the profile has several). */
  tool?: string;
  /** That tool's own words about the connection (Zernio's issues), quoted beside the status. */
  said?: string;
}

/** One tool-channel of a profile, named, with what it says (absent `reason` and `connected`: all is well). */
export interface LinkSummary {
  tool: string;
  state: SourceState;
  reason?: Reason;
}

export interface SourceMerge extends Evidence {
  /** Every tool that links it no longer lists it: left out of the badge, banners and notifications. */
  gone: boolean;
  /** Said when the profile has several live links: each one, named. */
  links?: LinkSummary[];
  /** A definitive live refusal decides while this tool still reports the channel connected (both are shown). */
  toolStillConnected?: string;
  /** Notices of the tools (paused queue, plan lock, disabled channel, a dated refresh failure): never a verdict. */
  notices?: SourceNoticeView[];
  /** The stale mark of a link whose word counts (its tool's last sync failed). */
  stale?: NonNullable<SourceLink['stale']>;
}

/** A tool's notice as pages show it; `at`: when the tool said it (Postiz's refresh failure). */
export interface SourceNoticeView {
  reason: Reason;
  tool: string;
  at?: string;
}

const NOTICE_REASON: Record<SourceNotice, Reason> = {
  locked: 'source-locked',
  paused: 'source-paused',
  disabled: 'source-disabled',
  'refresh-failed': 'source-refresh-failed',
};

/**
 * The notices of one link. A refresh failure (Postiz's notice, which cannot name the channel) is dropped once
 * something newer says the connection works: a live check of the pasted token that passed, or a connection
 * date the person gave, after the notice. Without its date it is not shown (it could be of any age).
 */
function linkNotices(
  link: SourceLink,
  tool: string,
  profile: Pick<Profile, 'lastVerdict' | 'connectedAt'>,
): SourceNoticeView[] {
  const out: SourceNoticeView[] = [];
  for (const n of link.notices ?? []) {
    if (n !== 'refresh-failed') {
      out.push({ reason: NOTICE_REASON[n], tool });
      continue;
    }
    const at = link.refreshFailedAt;
    if (!at) continue;
    const verdict = profile.lastVerdict;
    const checkedGood = verdict?.outcome === 'valid' && Date.parse(verdict.at) > Date.parse(at);
    const reconnected = !!profile.connectedAt && Date.parse(profile.connectedAt) > Date.parse(at);
    if (!checkedGood && !reconnected) out.push({ reason: NOTICE_REASON[n], tool, at });
  }
  return out;
}

/** A link's tool as copy names it: "Buffer", or "Buffer (Client org)" when the profile has several links. */
export function linkName(link: SourceLink, several: boolean): string {
  return several && link.label ? `${link.tool} (${link.label})` : link.tool;
}

/** The links whose tool still lists the channel. */
export function liveLinks(profile: Pick<Profile, 'sources'>): SourceLink[] {
  return (profile.sources ?? []).filter((l) => l.state !== 'gone');
}

/**
 * What one tool-channel says on its own. Only an explicit health answer speaks: `disconnected` and
 * `unlinked` are broken; `connected` is well, or expiring/expired by the tool's OWN refresh date. A bare
 * listing (`listed`) says nothing and gives `undefined`. Pure.
 */
export function linkEvidence(
  link: SourceLink,
  tool: string,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): Evidence | undefined {
  const evidence = explicitWord(link, tool, settings, now);
  return evidence && link.said ? { ...evidence, said: link.said } : evidence;
}

function explicitWord(
  link: SourceLink,
  tool: string,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): Evidence | undefined {
  switch (link.state) {
    case 'disconnected':
      return { status: 'disconnected', reason: 'source-disconnected', tool };
    case 'unlinked':
      return { status: 'disconnected', reason: 'source-unlinked', tool };
    case 'connected': {
      if (!link.expiresAt) return { status: 'ok', tool };
      const expiresAt = new Date(link.expiresAt);
      const warnFrom = new Date(expiresAt.getTime() - settings.warnDays * DAY_MS);
      if (now >= expiresAt) return { status: 'expired', reason: 'source-expired', expiresAt, tool };
      if (now >= warnFrom) {
        return { status: 'expiring', reason: 'source-expiring', expiresAt, changesAt: expiresAt, tool };
      }
      return { status: 'ok', expiresAt, changesAt: warnFrom, tool };
    }
    default:
      return undefined;
  }
}

/**
 * The merge of a profile's own evidence (dates and live check: `own`) with what its tool-channels say. The
 * status is the WORST of all that counts, so it is never OK while any of them is a definitive failure:
 * - every link's explicit word counts; a bare listing never does (nor changes anything);
 * - a tool's explicit "connected" overrides a date GUESS (typed, computed or answered dates), but never a
 *   definitive live refusal (`liveRefused`): that counts, and the tool still saying connected is kept beside
 *   it (`toolStillConnected`) so both facts and both remedies are shown;
 * - on a tie the tool's word is named first (it is where the person reconnects).
 * Pure.
 */
export function mergeSources(
  profile: Pick<Profile, 'sources'> & Partial<Pick<Profile, 'lastVerdict' | 'connectedAt'>>,
  own: Evidence,
  liveRefused: boolean,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): SourceMerge | undefined {
  const all = profile.sources ?? [];
  if (all.length === 0) return undefined;
  const live = liveLinks(profile);
  if (live.length === 0) {
    // No tool lists it any more: kept for its notes, off the badge; unless the platform itself refused its
    // pasted token, a failure that counts whoever lists the channel.
    if (liveRefused) return { ...own, gone: false };
    return { status: 'unknown', reason: 'source-gone', tool: all[0]!.tool, gone: true };
  }
  const several = live.length > 1;
  const fromLinks: Evidence[] = [];
  const links: LinkSummary[] = [];
  const notices: SourceNoticeView[] = [];
  let stale: SourceMerge['stale'];
  for (const link of live) {
    const tool = linkName(link, several);
    const evidence = linkEvidence(link, tool, settings, now);
    if (evidence) fromLinks.push(evidence);
    if (evidence && link.stale && !stale) stale = link.stale;
    links.push({ tool, state: link.state, ...(evidence?.reason ? { reason: evidence.reason } : {}) });
    notices.push(...linkNotices(link, tool, profile));
  }
  const connected = live.find((l) => l.state === 'connected');
  // A tool's "connected" outranks the dates, not a refusal the platform itself gave.
  const ownCounts = !connected || liveRefused;
  const candidates = ownCounts ? [...fromLinks, own] : fromLinks;
  const worst = candidates.reduce((a, b) => (STATUS_SEVERITY[b.status] > STATUS_SEVERITY[a.status] ? b : a));
  const changesAt = candidates
    .map((c) => c.changesAt)
    .reduce<Date | undefined>((a, b) => (b && (!a || b < a) ? b : a), undefined);
  const toolStillConnected =
    connected && liveRefused && worst === own ? linkName(connected, several) : undefined;
  return {
    status: worst.status,
    ...(worst.reason ? { reason: worst.reason } : {}),
    ...(worst.expiresAt !== undefined ? { expiresAt: worst.expiresAt } : {}),
    ...(changesAt ? { changesAt } : {}),
    ...(worst.tool ? { tool: worst.tool } : {}),
    ...(worst.said ? { said: worst.said } : {}),
    gone: false,
    ...(several ? { links } : {}),
    ...(toolStillConnected ? { toolStillConnected } : {}),
    ...(notices.length ? { notices } : {}),
    ...(stale ? { stale } : {}),
  };
}
