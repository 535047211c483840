import type { PlatformId } from '../domain/platform-id';
import type { ProfileKind } from '../domain/profile';
import type { SourceMetadata } from '../domain/source-metadata';
import { SOURCE_TOOL_IDS, type SourceNotice, type SourceToolId } from '../domain/source-record';

/**
 * The publishing tools whose API can tell us about connected profiles (docs/publishing-tools.md): the one list
 * of lib/domain/source-record.ts, under the name the sync code uses.
 */
export const TOOL_IDS = SOURCE_TOOL_IDS;
export type ToolId = SourceToolId;

/** One HTTP request a sync makes. Pure data: the background performs it. Keys are only ever in headers. */
export interface SourceRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** What came back, as the background read it. */
export interface SourceResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The background performs requests; a transport failure (network, timeout, redirect) is `{ ok: false }`. */
export type PerformResult =
  | { ok: true; response: SourceResponse }
  | { ok: false; kind: 'network' | 'timeout'; detail: string };
export type Perform = (request: SourceRequest) => Promise<PerformResult>;

/**
 * What the tool says about one connection. `connected` / `disconnected` only from an explicit health answer
 * (Buffer `isDisconnected`, Mixpost `authorized`, Ayrshare's active list); `unknown`: the tool does not say
 * (a bare listing: Publer, Postiz), so dates and live checks decide. Why the tool will not post through a
 * channel for a reason other than its connection is a notice (`ChannelReport.notices`), never a state.
 */
export const CHANNEL_STATES = ['connected', 'disconnected', 'unknown'] as const;
export type ChannelState = (typeof CHANNEL_STATES)[number];

export interface ChannelReport {
  /** The tool's id for the channel: stable across syncs, the key for matching a channel again. */
  externalId: string;
  /** The tool's raw service name (`twitter`, `googlebusiness`, `mastodon`…). */
  service: string;
  /** `null`: not a platform the extension tracks (counted and shown, never a failure). */
  platform: PlatformId | null;
  name: string;
  /** The username, normalised like `profileIdentity` does (no leading @, lower case). */
  handle?: string;
  kind?: ProfileKind;
  state: ChannelState;
  /** Buffer's plan lock and paused queue, a channel disabled in Postiz: shown, never a verdict. */
  notices?: SourceNotice[];
  /**
   * The tool's own words about the connection (Zernio's `issues`), short and cleaned: shown quoted beside
   * the status, never a verdict by themselves.
   */
  said?: string;
  /** When the tool says the connection must be renewed (ISO 8601), only when it says so. */
  expiresAt?: string;
  /**
   * When the tool said it could not refresh a channel of this provider (ISO 8601; Postiz's in-app notice,
   * which cannot name the channel), given with the notice `refresh-failed`.
   */
  refreshFailedAt?: string;
  /** The Buffer organization, Mixpost or Publer workspace the channel belongs to. */
  organization?: { id: string; name: string };
}

/**
 * Why a sync failed. None of these is a verdict on any channel: the profiles keep their last known status.
 * `key-refused`: the tool does not accept the key (replace it). `forbidden`: the key works but may not read
 * this. `not-found`: a workspace/organization or the API path is not there (wrong address?). `bad-address`:
 * the self-hosted address is not a usable https URL (no request was made). `unreadable`: an answer we could
 * not read. `network`/`timeout`: no answer at all. `payment-required`: the tool wants its bill paid (HTTP 402,
 * Ayrshare). `no-subscription`: the key is good but the account has no active plan (Postiz). `no-workspace-list`:
 * the instance has no list of workspaces (Mixpost Pro 4): the person gives the workspace's UUID.
 * `connect-again`: an OAuth tool's grant is gone (Hootsuite: a used-up or lost refresh token, a revoked app):
 * the person signs in again; never retried by itself.
 */
export const SYNC_PROBLEMS = [
  'key-refused',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'unreadable',
  'network',
  'timeout',
  'bad-address',
  'payment-required',
  'no-subscription',
  'no-workspace-list',
  'connect-again',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

export type SyncResult =
  | { ok: true; channels: ChannelReport[]; requests: number }
  | {
      ok: false;
      problem: SyncProblem;
      /** Short, one line, never the key. */
      detail: string;
      /** How long the tool asked us to wait, when it said (429 and some 503). */
      retryAfterMs?: number;
      httpStatus?: number;
      requests: number;
    };

export type SyncFailure = Extract<SyncResult, { ok: false }>;

/**
 * One post a tool has scheduled on a channel, as much of it as Reconnect Radar keeps: when it goes out, the
 * first words (at most `POST_TEXT_MAX` characters, never the whole text) and its page in the tool.
 */
export interface ScheduledPost {
  /** The channel's `externalId` (as `ChannelReport.externalId`). */
  channelId: string;
  /** When the tool will publish it (ISO 8601). */
  dueAt: string;
  /** The first words, cut to `POST_TEXT_MAX` characters (`''` when the post has no text). */
  text: string;
  /** The post's page in the tool (https), when the tool gives one. */
  url?: string;
}

/** A sync asks for the posts of a few channels only: those of broken, expiring or paused profiles. */
export interface PostsContext extends SyncContext {
  /** The channels (their `externalId`s) whose scheduled posts are wanted. */
  channelIds: string[];
  /**
   * The organization or workspace id of each asked channel, as the sync's channel answer gave it
   * (`ChannelReport.organization.id`): Buffer's posts query is per organization, so it need not list them again.
   */
  organizations?: Record<string, string>;
}

/**
 * The scheduled posts of the asked channels, still to go out. `totals`: per channel, how many posts the tool
 * has scheduled when that is more than `posts` lists (a tool that gives a count, or a list cut short); a
 * channel absent from `totals` has exactly its listed posts. A failure changes no status: the last posts
 * known are kept.
 */
export type PostsResult =
  | {
      ok: true;
      posts: ScheduledPost[];
      totals?: Record<string, number>;
      /** Channels whose list the tool cut short (paging stopped) without a count: they have more than listed. */
      cutShort?: string[];
      requests: number;
    }
  | SyncFailure;

export interface SyncContext {
  key: string;
  /** The address of a self-hosted instance (required when `address` is `'required'`). */
  baseUrl?: string;
  /** Mixpost: the one workspace to read, when the person gave its UUID (instances without a workspace list). */
  workspace?: string;
  perform: Perform;
  now: Date;
}

/** A tool as the background sees it: its metadata (lib/domain/source-metadata.ts) and its sync code. */
export interface SourceTool extends SourceMetadata {
  /**
   * What it means when a channel the tool listed is no longer in its list: `gone` (removed by the person:
   * tools that keep broken channels listed) or `unlinked` (the tool drops a connection that broke, as
   * Ayrshare does: a broken connection). Declared by each tool in its own folder.
   */
  vanished: 'gone' | 'unlinked';
  /** Where the user reconnects a channel in the tool (the tool's channel list; no per-channel URL). */
  reconnectUrl(baseUrl?: string): string;
  /** At connect: the first request proves the key works, and a working key runs the full sync. */
  validate(ctx: SyncContext): Promise<SyncResult>;
  sync(ctx: SyncContext): Promise<SyncResult>;
  /**
   * The posts scheduled on some channels (present exactly when the metadata says `listsPosts`). Called by a
   * sync after its channels, with the same key, at most once per sync.
   */
  posts?(ctx: PostsContext): Promise<PostsResult>;
}
