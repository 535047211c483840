import type { PlatformId } from '../../lib/domain/platform-id';

/** What a fake token can be. Not every platform can answer every state: see `SUPPORTED_STATES`. */
export const TOKEN_STATES = [
  'valid',
  'expired',
  'invalid',
  'revoked',
  'password-changed',
  'checkpoint',
  'app-removed',
  'admin-role-lost',
  'permission-missing',
  'spam-block',
  'suspended',
  'locked',
] as const;
export type TokenState = (typeof TOKEN_STATES)[number];

const GRAPH_STATES: TokenState[] = [
  'valid',
  'expired',
  'invalid',
  'revoked',
  'password-changed',
  'checkpoint',
  'app-removed',
  'permission-missing',
  'spam-block',
];

/** The states each platform's real API can express (docs/platforms.md). */
export const SUPPORTED_STATES: Record<PlatformId, readonly TokenState[]> = {
  facebook: [...GRAPH_STATES, 'admin-role-lost'],
  instagram: GRAPH_STATES,
  threads: GRAPH_STATES,
  linkedin: ['valid', 'expired', 'invalid', 'revoked', 'permission-missing'],
  x: ['valid', 'expired', 'invalid', 'revoked', 'suspended', 'locked'],
  pinterest: ['valid', 'expired', 'invalid', 'revoked'],
  tiktok: ['valid', 'expired', 'invalid', 'revoked', 'permission-missing'],
  youtube: ['valid', 'expired', 'invalid', 'revoked'],
  'google-business': ['valid', 'expired', 'invalid', 'revoked'],
};

/** A token the world knows, as a test describes it. */
export interface TokenSpec {
  platform: PlatformId;
  state: TokenState;
  /** Account the "who am I" answer names (defaults to a made-up one). */
  account?: { id?: string; name?: string; username?: string };
  /** Expiry reported where the API reports one (debug_token, tokeninfo); `null` = never. */
  expiresAt?: Date | null;
  /**
   * Facebook `debug_token`: `'refuse'` (default, as for a token whose owner is no developer of the app:
   * the check must fall back to `/me`) or `'answer'`.
   */
  debugToken?: 'refuse' | 'answer';
  /**
   * Instagram only: how the account was connected. `'instagram'` (default, Instagram Login) tokens work on
   * graph.instagram.com; `'facebook'` (Facebook Login) tokens work on graph.facebook.com only.
   */
  login?: 'instagram' | 'facebook';
}

/** A token for log lines: never the whole secret, even a fake one. */
export function maskToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.length <= 8) return '…';
  return `${token.slice(0, 4)}…${token.slice(-2)}`;
}
