import { z } from 'zod/mini';
import { httpUrl, profileInputSchema } from '../domain/profile';
import { BANNER_SITES, settingsSchema } from '../domain/settings';
import { SOURCE_TOOL_IDS } from '../domain/source-record';
import type { SourceRefusal, SourceView } from './source-views';
import type {
  BannerProfile,
  ExportResult,
  FieldIssue,
  ImportSummary,
  ProfileView,
  StateSnapshot,
} from './views';
import type { HistoryEntryView } from './views-history';

const id = z.string().check(z.minLength(1), z.maxLength(100));
const site = z.enum(BANNER_SITES);
const sourceKey = z.string().check(z.trim(), z.minLength(8), z.maxLength(4096));

/** Every message the background accepts, named by what it does. Parsed with zod at the border. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state') }),
  z.object({ type: z.literal('save-profile'), id: z.optional(id), profile: profileInputSchema }),
  z.object({ type: z.literal('delete-profile'), id }),
  z.object({ type: z.literal('save-settings'), settings: settingsSchema }),
  z.object({ type: z.literal('check-now'), id: z.optional(id) }),
  z.object({ type: z.literal('snooze'), id, days: z.union([z.literal(1), z.literal(7)]) }),
  z.object({ type: z.literal('unsnooze'), id }),
  z.object({ type: z.literal('mark-reconnected'), id }),
  z.object({
    type: z.literal('set-token'),
    id,
    token: z.string().check(z.trim(), z.minLength(8), z.maxLength(4096)),
  }),
  z.object({ type: z.literal('remove-token'), id }),
  z.object({
    type: z.literal('import'),
    fileName: z.string().check(z.maxLength(260)),
    text: z.string().check(z.maxLength(20_000_000)),
  }),
  z.object({
    type: z.literal('export'),
    format: z.enum(['json', 'csv']),
    includeTokens: z.boolean(),
    // The person agreed to export without the tokens that cannot be read (named in the first answer).
    skipUnreadableTokens: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('delete-all'), confirm: z.literal(true) }),
  z.object({ type: z.literal('get-history'), id }),
  // Publishing tools (issue 10): a key goes in, never out.
  z.object({ type: z.literal('source-list') }),
  z.object({
    type: z.literal('source-connect'),
    tool: z.enum(SOURCE_TOOL_IDS),
    key: sourceKey,
    baseUrl: z.optional(httpUrl),
  }),
  z.object({ type: z.literal('source-sync'), id }),
  z.object({ type: z.literal('source-replace-key'), id, key: sourceKey }),
  z.object({ type: z.literal('source-disconnect'), id, removeProfiles: z.boolean() }),
  z.object({ type: z.literal('source-remove-gone'), id }),
  // From content scripts: only what a banner needs.
  z.object({ type: z.literal('banner-state'), site }),
  z.object({ type: z.literal('banner-snooze'), site, days: z.literal(1) }),
  z.object({ type: z.literal('banner-dismiss'), site }),
  z.object({ type: z.literal('open-popup'), site }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

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
  export: ExportResult;
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
  'banner-state': { profiles: BannerProfile[]; total: number };
  'banner-snooze': { snoozed: number };
  'banner-dismiss': { dismissed: number };
  'open-popup': { opened: boolean };
}

export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string; issues?: FieldIssue[] };

export { STATE_PORT, type StateChangedEvent } from './state-port';
