import type { PlatformId } from '../domain/platform-id';
import type { Reason } from '../domain/reasons';

/** How long a connection lives by date, when no live answer says otherwise. */
export interface TokenPolicy {
  /** Days from connection to expiry; `null` when connections do not expire by date. */
  lifetimeDays: number | null;
  /** Where the figure comes from (docs/platforms.md), or why there is none. */
  source: string;
}

/** One HTTP request a live check makes. Pure data: the background performs it. */
export interface LiveCheckRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What came back, as the background read it. */
export interface LiveCheckResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type LiveCheckResult =
  | {
      outcome: 'valid';
      /** Expiry the platform reports; `null` = never expires; absent = not said. */
      expiresAt?: string | null;
      dataAccessExpiresAt?: string | null;
      account?: { id?: string; name?: string };
    }
  | {
      /**
       * `invalid`: the answer proves the token dead. `transient`: no usable answer (network, timeout, 5xx,
       * 429): retried with backoff. `inconclusive`: an answer was read but proves nothing either way (an
       * unrecognised body, or one that cannot tell a dead connection from a short-lived token): "can't tell",
       * the last verdict stands, no fast retry.
       */
      outcome: 'invalid' | 'transient' | 'inconclusive';
      reason: Reason;
      detail: string;
      httpStatus?: number;
      code?: number | string;
      subcode?: number;
      /** For transient answers: how long the platform asked us to wait (Retry-After). */
      retryAfterMs?: number;
    };

/**
 * A live check as a short sequence of steps. `classify` returns a result, or `'next'` to fall through
 * to the following step (Facebook: `debug_token` refused → `/me`).
 */
export interface LiveCheckStep {
  request(token: string): LiveCheckRequest;
  classify(response: LiveCheckResponse, now: Date): LiveCheckResult | 'next';
}

export interface PlatformDefinition {
  id: PlatformId;
  displayName: string;
  /** Short mark shown next to the name where there is no logo (two letters at most). */
  mark: string;
  policy: TokenPolicy;
  /** Where a user manages which apps can access the account. */
  manageAccessUrl: string;
  /** Sites whose pages get banners about this platform's profiles (match patterns). */
  siteMatches: readonly string[];
  /** API hosts live checks call (host permissions): none for a platform without a live check. */
  apiHosts: readonly string[];
  /** Present only where the answer about a pasted token means something (docs/platforms.md). */
  liveCheck?: readonly LiveCheckStep[];
  /**
   * Why a platform has no live check (exactly one of `liveCheck` and this is set): a token a user can
   * paste says nothing about the publishing tool's connection a few hours later. For developers; the
   * options page has its own translated sentence.
   */
  noLiveCheck?: string;
}
