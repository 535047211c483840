import { z } from 'zod/mini';
import { importRowsSchema } from '../domain/import-export/contract';
import { httpUrl, profileInputSchema } from '../domain/profile';
import { BANNER_SITES, settingsSchema } from '../domain/settings';
import { SOURCE_TOOL_IDS, workspaceSchema } from '../domain/source-record';
import { WORK_KINDS } from './progress';
import type { SourceRefusal, SourceView } from './source-views';
import type { BannerText, ExportData, FieldIssue, ImportSummary, ProfileView, StateSnapshot } from './views';
import type { HistoryEntryView } from './views-history';

/** The most profiles a first `get-state` answer may hold: a screenful or two. */
export const MAX_FIRST_PROFILES = 100;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const site = z.enum(BANNER_SITES);
const sourceKey = z.string().check(z.trim(), z.minLength(8), z.maxLength(4096));
/** When the key itself expires (a Planable token's date, typed at connect): an ISO 8601 moment. */
const keyExpiresAt = z.optional(z.iso.datetime({ offset: true }));

/**
 * Every message the background accepts, by its `type`, named by what it does. Each schema holds its own
 * `type` literal, so it alone validates the whole message: `parseRequest` picks it by `type` (what
 * `z.discriminatedUnion('type', …)` does, without zod's union code, 2 kB the background need not carry).
 */
const REQUEST_SCHEMAS = {
  // `first`: answer with only the most urgent profiles, for a page's first paint (then it asks for all).
  'get-state': z.object({
    type: z.literal('get-state'),
    first: z.optional(z.int().check(z.gte(1), z.lte(MAX_FIRST_PROFILES))),
  }),
  'save-profile': z.object({
    type: z.literal('save-profile'),
    id: z.optional(id),
    profile: profileInputSchema,
  }),
  'delete-profile': z.object({ type: z.literal('delete-profile'), id }),
  'save-settings': z.object({ type: z.literal('save-settings'), settings: settingsSchema }),
  'check-now': z.object({ type: z.literal('check-now'), id: z.optional(id) }),
  snooze: z.object({ type: z.literal('snooze'), id, days: z.literal([1, 7]) }),
  unsnooze: z.object({ type: z.literal('unsnooze'), id }),
  'mark-reconnected': z.object({ type: z.literal('mark-reconnected'), id }),
  'set-token': z.object({
    type: z.literal('set-token'),
    id,
    token: z.string().check(z.trim(), z.minLength(8), z.maxLength(4096)),
  }),
  'remove-token': z.object({ type: z.literal('remove-token'), id }),
  // The rows of a file the options page read and found valid (`parseImportFile`), checked again here.
  import: z.object({ type: z.literal('import'), rows: importRowsSchema }),
  // The options page writes the file (JSON or CSV) from the answer.
  export: z.object({
    type: z.literal('export'),
    includeTokens: z.boolean(),
    // The person agreed to export without the tokens that cannot be read (named in the first answer).
    skipUnreadableTokens: z.optional(z.boolean()),
  }),
  'delete-all': z.object({ type: z.literal('delete-all'), confirm: z.literal(true) }),
  'get-history': z.object({ type: z.literal('get-history'), id }),
  // Publishing tools (issue 10): a key goes in, never out.
  'source-list': z.object({ type: z.literal('source-list') }),
  'source-connect': z.object({
    type: z.literal('source-connect'),
    tool: z.enum(SOURCE_TOOL_IDS),
    key: sourceKey,
    baseUrl: z.optional(httpUrl),
    workspace: z.optional(workspaceSchema),
    keyExpiresAt,
  }),
  'source-sync': z.object({ type: z.literal('source-sync'), id }),
  'source-replace-key': z.object({ type: z.literal('source-replace-key'), id, key: sourceKey, keyExpiresAt }),
  'source-disconnect': z.object({ type: z.literal('source-disconnect'), id, removeProfiles: z.boolean() }),
  'source-remove-gone': z.object({ type: z.literal('source-remove-gone'), id }),
  // Hootsuite (OAuth 2 through the person's own app): its id and secret go in, never out. `id` connects a
  // connected Hootsuite again, with the app it was connected with unless a new id and secret are given.
  'hootsuite-connect': z.object({
    type: z.literal('hootsuite-connect'),
    clientId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    clientSecret: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
    id: z.optional(id),
  }),
  // Stops a long piece of work (a pass of checks, a sync, an import): nothing more is sent for it.
  'stop-work': z.object({ type: z.literal('stop-work'), kind: z.enum(WORK_KINDS) }),
  // From content scripts: only what a banner needs.
  'banner-state': z.object({ type: z.literal('banner-state'), site }),
  'banner-snooze': z.object({ type: z.literal('banner-snooze'), site, days: z.literal(1) }),
  'banner-dismiss': z.object({ type: z.literal('banner-dismiss'), site }),
  'open-popup': z.object({ type: z.literal('open-popup'), site }),
};

type Schemas = typeof REQUEST_SCHEMAS;
export type RequestType = keyof Schemas;
export type Request = { [T in RequestType]: z.infer<Schemas[T]> }[RequestType];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const REQUEST_TYPES = Object.keys(REQUEST_SCHEMAS) as RequestType[];
/** A message whose `type` is none of them fails here: an `invalid_value` issue at `type`. */
const requestType = z.object({ type: z.enum(REQUEST_TYPES) });

export type ParsedRequest =
  | { success: true; data: Request; error?: undefined }
  | { success: false; data?: undefined; error: { issues: z.core.$ZodIssue[] } };

/** Parses a message at the border: its `type` names the one schema that must accept all of it. */
export function parseRequest(message: unknown): ParsedRequest {
  const typed = requestType.safeParse(message);
  if (!typed.success) return typed;
  return REQUEST_SCHEMAS[typed.data.type].safeParse(message) as ParsedRequest;
}

/** Messages a content script may send; everything else from a content script is refused. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'banner-state',
  'banner-snooze',
  'banner-dismiss',
  'open-popup',
]);

export interface ResponseMap {
  'get-state': StateSnapshot;
  'save-profile': { profile: ProfileView };
  'delete-profile': { deleted: boolean };
  'save-settings': StateSnapshot['settings'];
  'check-now': { checked: number };
  snooze: { profile: ProfileView };
  unsnooze: { profile: ProfileView };
  'mark-reconnected': { profile: ProfileView };
  'set-token': { profile: ProfileView };
  'remove-token': { profile: ProfileView };
  import: ImportSummary;
  export: ExportData;
  'delete-all': { deleted: number };
  'get-history': { entries: HistoryEntryView[] };
  'source-list': { sources: SourceView[] };
  'source-connect':
    | { source: SourceView; refused?: undefined }
    | { refused: SourceRefusal; source?: undefined };
  'source-sync': { source: SourceView; synced: boolean };
  'source-replace-key':
    | { source: SourceView; refused?: undefined }
    | { refused: SourceRefusal; source?: undefined };
  'source-disconnect': { removed: number };
  'source-remove-gone': { source: SourceView; removed: number };
  'hootsuite-connect':
    | { source: SourceView; refused?: undefined }
    | { refused: SourceRefusal; source?: undefined };
  'stop-work': { stopped: boolean };
  /** `null`: nothing on this site needs attention, no banner. */
  'banner-state': { banner: BannerText | null };
  'banner-snooze': { snoozed: number };
  'banner-dismiss': { dismissed: number };
  'open-popup': { opened: boolean };
}

export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string; issues?: FieldIssue[] };

export { STATE_PORT, type StateChangedEvent } from './state-port';
