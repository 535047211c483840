// zod/mini: the same validation at a third of the size, which the options page and background bundle.
import { z } from 'zod/mini';
import { upgradeStoredProfile } from './legacy-source-link';
import { PLATFORM_IDS } from './platform-id';
import { REASONS } from './reasons';
import { sourceLinkSchema } from './source-record';

export const PROFILE_KINDS = ['user', 'page', 'organization', 'channel', 'business'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

// No words here: pages and the import word a zod issue by its code (`schemaIssueMessage`).
const isoDate = z.iso.datetime({ offset: true });

/**
 * Only http(s) links are ever opened in a tab (README, permissions and security). What
 * `z.url({ protocol: /^https?$/ })` accepts and gives back (trimmed, tabs and line breaks removed as the URL
 * parser ignores them), with its issue (`invalid_format`, format `url`), without zod's URL code.
 */
export const httpUrl = z.string().check(
  z.check<string>((payload) => {
    const trimmed = payload.value.trim();
    let ok = /^https?:\/\//i.test(trimmed);
    try {
      ok &&= /^https?:$/.test(new URL(trimmed).protocol);
    } catch {
      ok = false;
    }
    if (ok) payload.value = trimmed.replace(/[\t\n\r]/g, '');
    else payload.issues.push({ code: 'invalid_format', format: 'url', input: payload.value });
  }),
  z.maxLength(2048),
);

const text = (max: number, min = 0) =>
  z.string().check(z.trim(), z.maxLength(max), ...(min ? [z.minLength(min)] : []));

/** What a person (or an import file) says about a profile. */
export const profileInputSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  name: text(200, 1),
  kind: z.optional(z.enum(PROFILE_KINDS)),
  handle: z.optional(text(200)),
  publisher: z.optional(text(200)),
  reconnectUrl: z.optional(httpUrl),
  connectedAt: z.optional(isoDate),
  expiresAt: z.optional(isoDate),
  notes: z.optional(text(2000)),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const CHECK_OUTCOMES = ['valid', 'invalid', 'transient', 'inconclusive'] as const;

/**
 * A platform's error code: a finite number (Graph, LinkedIn) or a string (TikTok). What
 * `z.union([z.number(), z.string()])` accepts, checked without zod's union code, which nothing else in the
 * background needs.
 */
const errorCode = z.custom<number | string>(
  (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
);

export const lastCheckSchema = z.object({
  at: isoDate,
  outcome: z.enum(CHECK_OUTCOMES),
  reason: z.optional(z.enum(REASONS)),
  detail: z.optional(z.string().check(z.maxLength(500))),
  httpStatus: z.optional(z.int()),
  code: z.optional(errorCode),
  subcode: z.optional(z.int()),
  /** From a valid answer: when the token expires (`null`: never); absent when the answer did not say. */
  expiresAt: z.optional(z.nullable(isoDate)),
});
export type LastCheck = z.infer<typeof lastCheckSchema>;

export const inconclusiveRunSchema = z.object({
  /** When the first can't-tell answer of the run came. */
  since: isoDate,
  /** How many answers in a row were the same as the latest one. */
  same: z.int(),
  /** The latest can't-tell answer: its fingerprint (to compare) and its short description (to show). */
  answer: z.string().check(z.maxLength(800)),
  detail: z.string().check(z.maxLength(500)),
});
export type InconclusiveRun = z.infer<typeof inconclusiveRunSchema>;

export const snoozeSchema = z.object({
  until: isoDate,
  /** The status when snoozed: a snooze ends early when the status gets worse. */
  status: z.enum(['ok', 'expiring', 'expired', 'disconnected', 'unknown']),
});

/**
 * A stored profile. Status is derived (see `token-status.ts`), never stored as the truth. The input's shape
 * spread into a new object (what `z.extend` makes of a plain object, without zod's extend code).
 */
const profileRecordSchema = z.object({
  ...profileInputSchema.shape,
  id: z.string().check(z.minLength(1)),
  hasToken: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** The most recent live check of any outcome. */
  lastCheck: z.optional(lastCheckSchema),
  /** The most recent live check that said something about the token (valid or invalid). */
  lastVerdict: z.optional(lastCheckSchema),
  /** The can't-tell answers since the last answer that said something (see `inconclusive-run.ts`). */
  inconclusiveRun: z.optional(inconclusiveRunSchema),
  snooze: z.optional(snoozeSchema),
  dismissedStatus: z.optional(z.string()),
  /**
   * The tool-channels that report this profile, each with what it last said (one profile may be in two
   * Buffer organizations, or in two tools). Optional: a profile no tool reports.
   */
  sources: z.optional(z.array(sourceLinkSchema).check(z.maxLength(50))),
});

/** The stored profile, read through the v3 → v4 upgrade (`source` → `sources`) so an old record still reads. */
export const profileSchema = z.pipe(z.transform(upgradeStoredProfile), profileRecordSchema);
export type Profile = z.output<typeof profileRecordSchema>;

/** The key that makes two profiles "the same" on import: platform + handle, else platform + name. */
export function profileIdentity(p: Pick<ProfileInput, 'platform' | 'handle' | 'name'>): string {
  const handle = p.handle?.trim().replace(/^@/, '').toLowerCase();
  return handle ? `${p.platform}|@${handle}` : `${p.platform}|${p.name.trim().toLowerCase()}`;
}
