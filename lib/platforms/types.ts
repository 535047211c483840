import type { PlatformMetadata } from '../domain/platform-metadata';
import type { Reason } from '../domain/reasons';

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

/** The background half of a platform: the hosts its live check calls and the check's steps. */
export interface PlatformCheck {
  /** API hosts live checks call (host permissions): none for a platform without a live check. */
  apiHosts: readonly string[];
  /** Present only where the metadata says the platform has a live check. */
  liveCheck?: readonly LiveCheckStep[];
}

/** A platform as the background sees it: its metadata (lib/domain/platform-metadata.ts) and its check. */
export type PlatformDefinition = Omit<PlatformMetadata, 'liveCheck'> & PlatformCheck;
