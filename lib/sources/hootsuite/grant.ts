import { z } from 'zod/mini';
import type { HootsuiteTokens } from './oauth';
import type { HootsuiteClient } from './requests';

/**
 * Everything a Hootsuite connection needs, kept as ONE encrypted vault record (the source's key slot): the
 * app's credentials and the current token pair. One record means one write: a rotated refresh token is never
 * stored apart from its access token, and never lost between two writes.
 */
export interface HootsuiteGrant extends HootsuiteClient, HootsuiteTokens {}

const text = z.string().check(z.minLength(1), z.maxLength(4096));
const grantSchema = z.object({
  v: z.literal(1),
  clientId: text,
  clientSecret: text,
  accessToken: text,
  refreshToken: text,
  expiresAt: z.iso.datetime({ offset: true }),
});

export function sealGrant(grant: HootsuiteGrant): string {
  const { clientId, clientSecret, accessToken, refreshToken, expiresAt } = grant;
  return JSON.stringify({ v: 1, clientId, clientSecret, accessToken, refreshToken, expiresAt });
}

/** The stored grant, or `undefined` when the text is not one (damaged, or a plain key). */
export function openGrant(stored: string): HootsuiteGrant | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  const parsed = grantSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { v: _v, ...grant } = parsed.data;
  return grant;
}

/** Refresh this long before the access token's end: a sync must not start with a token about to die. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export function needsRefresh(grant: HootsuiteGrant, now: Date): boolean {
  return Date.parse(grant.expiresAt) - now.getTime() < REFRESH_MARGIN_MS;
}
