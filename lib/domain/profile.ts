import { z } from 'zod';
import { PLATFORM_IDS } from './platform-id';
import { REASONS } from './reasons';

export const PROFILE_KINDS = ['user', 'page', 'organization', 'channel', 'business'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

const isoDate = z.iso.datetime({ offset: true });

/** Only http(s) links are ever opened in a tab (DESIGN.md, security rules). */
export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Must be an http(s) address' })
  .max(2048, 'Too long (2,048 characters at most)');

const text = (max: number) => z.string().trim().max(max, `Too long (${max} characters at most)`);

/** What a person (or an import file) says about a profile. */
export const profileInputSchema = z.object({
  platform: z.enum(PLATFORM_IDS, { error: 'Unknown platform' }),
  name: text(200).min(1, 'Required'),
  kind: z.enum(PROFILE_KINDS, { error: 'Unknown kind' }).optional(),
  handle: text(200).optional(),
  publisher: text(200).optional(),
  reconnectUrl: httpUrl.optional(),
  connectedAt: isoDate.optional(),
  expiresAt: isoDate.optional(),
  notes: text(2000).optional(),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const CHECK_OUTCOMES = ['valid', 'invalid', 'transient'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export const lastCheckSchema = z.object({
  at: isoDate,
  outcome: z.enum(CHECK_OUTCOMES),
  reason: z.enum(REASONS).optional(),
  detail: z.string().max(500).optional(),
  httpStatus: z.number().int().optional(),
  code: z.union([z.number(), z.string()]).optional(),
  subcode: z.number().int().optional(),
  /** From a valid answer: when the token expires (`null`: never); absent when the answer did not say. */
  expiresAt: isoDate.nullable().optional(),
});
export type LastCheck = z.infer<typeof lastCheckSchema>;

export const snoozeSchema = z.object({
  until: isoDate,
  /** The status when snoozed: a snooze ends early when the status gets worse. */
  status: z.enum(['ok', 'expiring', 'expired', 'disconnected', 'unknown']),
});

/** A stored profile. Status is derived (see `token-status.ts`), never stored as the truth. */
export const profileSchema = profileInputSchema.extend({
  id: z.string().min(1),
  hasToken: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** The most recent live check of any outcome. */
  lastCheck: lastCheckSchema.optional(),
  /** The most recent live check that said something about the token (valid or invalid). */
  lastVerdict: lastCheckSchema.optional(),
  snooze: snoozeSchema.optional(),
  dismissedStatus: z.string().optional(),
});
export type Profile = z.infer<typeof profileSchema>;

/** The key that makes two profiles "the same" on import: platform + handle, else platform + name. */
export function profileIdentity(p: Pick<ProfileInput, 'platform' | 'handle' | 'name'>): string {
  const handle = p.handle?.trim().replace(/^@/, '').toLowerCase();
  return handle ? `${p.platform}|@${handle}` : `${p.platform}|${p.name.trim().toLowerCase()}`;
}
