import type { FieldIssue } from '../domain/field-issue';
import type { PlatformId } from '../domain/platform-id';
import type { Profile } from '../domain/profile';
import type { Reason } from '../domain/reasons';
import type { BannerSite, Settings } from '../domain/settings';
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
}

export interface StateSnapshot {
  profiles: ProfileView[];
  settings: Settings;
  /** The background's clock when the snapshot was made (ISO). */
  now: string;
  /** Records that failed validation and were set aside. */
  quarantined: number;
}

/** All a banner may know about a profile: never a token, never a note. */
export interface BannerProfile {
  id: string;
  platform: PlatformId;
  name: string;
  status: Status;
  reasonTitle: string;
  reconnectUrl: string;
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
