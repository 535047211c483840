import type { FieldIssue } from '../domain/field-issue';
import type { Profile } from '../domain/profile';
import type { Reason } from '../domain/reasons';
import type { BannerSite, Settings } from '../domain/settings';
import type { LinkSummary, SourceNoticeView } from '../domain/source-status';
import type { SummaryCounts } from '../domain/summary-counts';
import type { Status } from '../domain/token-status';

/** A profile as pages see it: the stored record (which never holds a token) plus its derived status. */
export interface ProfileView extends Profile {
  status: Status;
  reason?: Reason;
  /** ISO date; `null` when it does not expire by date; absent when unknown. */
  effectiveExpiresAt?: string | null;
  stale: boolean;
  staleReason?: Reason;
  snoozed: boolean;
  /** The latest check read an answer that proves nothing either way ("can't tell"); the status is the last known. */
  cantTell?: boolean;
  /** What the platform keeps answering, once can't-tell went on too long to stay quiet about (`''`: nothing to quote). */
  keepsAnswering?: string;
  reconnectTarget: string;
  /** Its publishing tool no longer lists it (kept for its notes; removable). */
  gone?: boolean;
  /** A publishing tool decides the status; this is what the pasted token's own check says. */
  tokenReason?: Reason;
  /** The tool whose word the reason is ("Buffer", or "Buffer (Client org)" beside another link). */
  reasonTool?: string;
  /** That tool's own words about the connection, quoted beside the status ("Zernio says: …"). */
  reasonSaid?: string;
  /** Each tool-channel, named, when several report the profile. */
  links?: LinkSummary[];
  /** The platform refused the pasted token while this tool still reports the channel connected. */
  toolStillConnected?: string;
  /** The tools' notices (paused queue, plan lock, disabled channel): shown, never a verdict. */
  notices?: SourceNoticeView[];
  /** What a broken, expiring or paused profile will cost: its scheduled posts that will fail. */
  postsAtRisk?: PostsAtRiskView;
}

/** A scheduled post that will fail, as pages show it (time, first words, link to it in the tool). */
export interface PostAtRiskView {
  dueAt: string;
  text: string;
  url?: string;
  /** The tool it is scheduled in ("Buffer"). */
  tool: string;
}

/**
 * The posts at risk of a broken, expiring or paused profile that a tool links: for a broken or paused one,
 * every post still to go out; for an expiring one, those due after the expiry.
 */
export interface PostsAtRiskView {
  /** How many will fail; `null`: no linked tool lists posts, or none was asked yet ("posts unknown", never 0). */
  count: number | null;
  /** The soonest few (at most 5), soonest first; `items[0]` is the next one at risk. */
  items: PostAtRiskView[];
  /** When the posts were last read (the oldest answer among the tools counted). */
  fetchedAt?: string;
  /** A linked tool could not say (lists no posts, not asked yet) or cut its list short: `count` is at least this. */
  partial?: true;
}

export interface StateSnapshot {
  /** Every profile; or, in a first answer (`get-state` with `first`), the most urgent few. */
  profiles: ProfileView[];
  /**
   * Present in a first answer only: what the whole list reads as, so a page that shows the first rows at
   * once words its summary from all of them. The page asks for the whole list next.
   */
  partial?: { counts: SummaryCounts; anyToken: boolean };
  settings: Settings;
  /** The background's clock when the snapshot was made (ISO). */
  now: string;
  /** Records that failed validation and were set aside. */
  quarantined: number;
}

/**
 * All a banner may know, already in the reader's words (the background's own catalogue, so the content script
 * needs no i18n of its own): up to three profiles by name, status, reason title and reconnect link. Never a
 * token, never a note.
 */
export interface BannerText {
  heading: string;
  rows: BannerRowText[];
  /** How many more profiles than rows need attention. */
  more: number;
  labels: {
    region: string;
    reconnect: string;
    more: string;
    moreLabel: string;
    snooze: string;
    dismiss: string;
    dismissHint: string;
  };
}

export interface BannerRowText {
  id: string;
  name: string;
  status: Status;
  /** "Instagram · Expired": the status in words, never colour alone. */
  meta: string;
  reasonTitle: string;
  /** Absent when there is no usable http(s) URL. */
  reconnectUrl?: string;
  reconnectLabel: string;
}

export interface ImportSummary {
  created: number;
  updated: number;
}

/**
 * What an export holds, for the options page to write as a file (`exportFile`): every stored profile in the
 * file's order, and, only when asked for, the tokens that could be read, by profile id.
 */
export interface ExportData {
  profiles: Profile[];
  tokens?: Record<string, string>;
}

export type { BannerSite, FieldIssue };
