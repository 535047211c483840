// zod/mini, like the profile schema: the background and the options page bundle it.
import { z } from 'zod/mini';
import { REASONS } from './reasons';

/** The publishing tools a person can connect (their request builders and parsers live in `lib/sources`). */
export const SOURCE_TOOL_IDS = [
  'buffer',
  'mixpost',
  'ayrshare',
  'publer',
  'postiz',
  'zernio',
  'postfast',
  'planable',
  'hootsuite',
] as const;
export type SourceToolId = (typeof SOURCE_TOOL_IDS)[number];

/**
 * What a tool says about one of its channels. `connected` / `disconnected`: the tool's explicit health answer
 * (Buffer `isDisconnected`, Mixpost `authorized`, Ayrshare's active list). `listed`: the tool lists it but
 * says nothing about its health (Publer, Postiz), so dates and live checks decide. When a channel vanishes,
 * what that means is the tool's own fact (`SourceTool.vanished`): `gone` (removed: Buffer, Mixpost, Publer,
 * Postiz keep broken channels listed) or `unlinked` (Ayrshare unlinks a connection that broke).
 */
export const SOURCE_STATES = ['connected', 'disconnected', 'unlinked', 'listed', 'gone'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

/**
 * Notices a tool gives about a channel that are not a verdict on its connection: Buffer's plan lock (`locked`)
 * and paused queue (`paused`), a channel disabled in Postiz (`disabled`), and Postiz's in-app notice that it
 * could not refresh a channel of that provider (`refresh-failed`, dated by `SourceLink.refreshFailedAt`: the
 * notice cannot name the channel, so it is a hint on each channel of the provider). Shown, never a verdict.
 */
export const SOURCE_NOTICES = ['locked', 'paused', 'disabled', 'refresh-failed'] as const;
export type SourceNotice = (typeof SOURCE_NOTICES)[number];

const isoDate = z.iso.datetime({ offset: true, error: 'Not a date and time (ISO 8601)' });

/** A Mixpost workspace's UUID (8-4-4-4-12 hex digits), as its API paths take it. */
export const WORKSPACE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const workspaceSchema = z.string().check(z.trim(), z.regex(WORKSPACE_UUID, 'Not a workspace UUID'));
const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** How many characters of a scheduled post's text are kept (the first words: enough to recognise it). */
export const POST_TEXT_MAX = 40;
/** How many of a channel's scheduled posts are kept (the soonest); `total` counts them all. */
export const POSTS_KEPT = 100;

/** A scheduled post as stored on a link: its time, its first words and its page in the tool. */
export const storedPostSchema = z.object({
  dueAt: isoDate,
  text: z.string().check(z.maxLength(POST_TEXT_MAX)),
  url: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(2048))),
});
export type StoredPost = z.infer<typeof storedPostSchema>;

/**
 * The posts a tool had scheduled on the channel when last asked (a sync asks only for broken, expiring or
 * paused profiles). Absent: never asked, or the tool does not list posts.
 */
export const linkPostsSchema = z.object({
  /** When the tool answered. */
  fetchedAt: isoDate,
  /** How many posts were scheduled (still to go out) then; `items` holds the soonest `POSTS_KEPT`. */
  total: z.int().check(z.nonnegative()),
  items: z.array(storedPostSchema).check(z.maxLength(POSTS_KEPT)),
  /** The tool's list was cut short (paging stopped): it had more than `total`, at least that many. */
  more: z.optional(z.literal(true)),
});
export type LinkPosts = z.infer<typeof linkPostsSchema>;

/** A profile's link to one channel of a tool that reported it (a profile may have several). */
export const sourceLinkSchema = z.object({
  sourceId: shortText(100),
  externalId: shortText(200),
  /** The tool's display name, for copy such as "Buffer reports this connection broken". */
  tool: shortText(100),
  /** The organization or workspace the channel is in ("Client org"), to tell two links of one tool apart. */
  label: z.optional(shortText(200)),
  state: z.enum(SOURCE_STATES),
  notices: z.optional(z.array(z.enum(SOURCE_NOTICES)).check(z.maxLength(SOURCE_NOTICES.length))),
  /**
   * This link's sync made the profile (it did not exist before). Only such profiles may be deleted with
   * their tool; absent (a profile the person made or imported, or one linked before this was recorded):
   * never deleted by a tool action, only unlinked.
   */
  created: z.optional(z.boolean()),
  /** When the tool last said `state`. */
  reportedAt: isoDate,
  /** The tool's own words about the connection (Zernio's issues), quoted beside the status (≤ 200). */
  said: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** An expiry the tool itself gave (Ayrshare's refresh date), which drives the countdown. */
  expiresAt: z.optional(isoDate),
  /** When the tool said it could not refresh a channel of this provider (the `refresh-failed` notice). */
  refreshFailedAt: z.optional(isoDate),
  /** The scheduled posts on this channel, when the tool lists them and a sync asked (see `linkPostsSchema`). */
  posts: z.optional(linkPostsSchema),
  /** The last sync of the tool failed for a passing reason: `state` is the last one known. */
  stale: z.optional(z.object({ at: isoDate, reason: z.enum(REASONS) })),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

export const SYNC_OUTCOMES = ['ok', 'refused', 'transient'] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

export const sourceRecordSchema = z.object({
  id: shortText(100),
  tool: z.enum(SOURCE_TOOL_IDS),
  label: shortText(200),
  /** A self-hosted tool's address (Mixpost, Postiz). */
  baseUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2048))),
  /** Mixpost: the one workspace to sync, given by the person when the instance has no workspace list. */
  workspace: z.optional(workspaceSchema),
  /**
   * When the tool's key itself stops working (Planable: chosen when the token is made, typed by the person at
   * connect, since the API does not report it). Absent: unknown or never (records before 0.3.0 have none).
   */
  keyExpiresAt: z.optional(isoDate),
  createdAt: isoDate,
  /**
   * Bumped by every disconnect and key replacement. A sync remembers the generation it started with and
   * writes nothing when it changed meanwhile: the person's action wins over the answer in flight.
   */
  generation: z.int(),
  lastSync: z.optional(
    z.object({
      at: isoDate,
      outcome: z.enum(SYNC_OUTCOMES),
      /** The tool's problem (`key-refused`, `rate-limited`, …) when the sync failed. */
      problem: z.optional(shortText(60)),
      detail: z.optional(z.string().check(z.maxLength(300))),
    }),
  ),
  /** When the last sync that wrote channels finished. */
  lastSuccessAt: z.optional(isoDate),
  /**
   * The current problem episode: retries so far, the next automatic one, and whether the person was told
   * (once per episode; only a sync the tool answered well, or a new key, ends it).
   */
  retry: z.optional(z.object({ attempts: z.int(), notBefore: isoDate, notified: z.optional(z.boolean()) })),
  /** `gone`: profiles it no longer lists, kept for their notes until removed (optional: older records). */
  counts: z.object({ profiles: z.int(), notTracked: z.int(), gone: z.optional(z.int()) }),
  /**
   * Channels the last sync linked to no profile because several profiles matched them equally (shown on the
   * tool's row so the person can tell them apart); optional: older records.
   */
  ambiguous: z.optional(
    z
      .array(z.object({ platform: shortText(40), name: shortText(200), candidates: z.int() }))
      .check(z.maxLength(50)),
  ),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
