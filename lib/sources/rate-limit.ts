import { parseRetryAfter } from '../platforms/retry-after';
import type { SourceResponse } from './types';

export function responseHeader(response: SourceResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(response.headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

const DIGITS = /^\d+$/;

/** What a bare reset number counts: seconds (most tools) or milliseconds (Ayrshare's `x-ratelimit-reset`). */
export type ResetUnit = 'seconds' | 'milliseconds';

/**
 * Unix milliseconds when the number is that large, Unix seconds when it is that large (in `seconds` mode),
 * else a duration from now in `unit`.
 */
function resetToMs(text: string | undefined, now: Date, unit: ResetUnit = 'seconds'): number | undefined {
  const value = text?.trim();
  if (!value || !DIGITS.test(value)) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) return undefined;
  if (n > 1e12) return Math.max(0, n - now.getTime());
  if (unit === 'milliseconds') return n;
  if (n > 1e9) return Math.max(0, n * 1000 - now.getTime());
  return n * 1000;
}

/**
 * The IETF `RateLimit` field: the structured form of draft 07+ (`"default";r=0;t=30`: `t` is the seconds
 * until the quota resets) and the older list form (`limit=100, remaining=0, reset=30`).
 */
function rateLimitField(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = /(?:^|[;,\s])(?:t|reset)=(\d+)\b/.exec(text);
  return match ? Number(match[1]) * 1000 : undefined;
}

/**
 * How long the tool asked us to wait, in ms: `Retry-After` (seconds or HTTP date, RFC 9110), else the IETF
 * `RateLimit` / `RateLimit-Reset` headers (draft-ietf-httpapi-ratelimit-headers), else `X-RateLimit-Reset`
 * (many tools: Unix seconds, or seconds from now when small; Ayrshare: milliseconds, `xResetUnit`).
 * `fallbackSeconds` is what the body said (Buffer's `extensions.retryAfter`), used when no header says
 * anything. The ceiling on what is obeyed is the caller's (lib/domain/backoff.ts).
 */
export function retryWaitMs(
  response: SourceResponse,
  now: Date,
  fallbackSeconds?: number,
  xResetUnit: ResetUnit = 'seconds',
): number | undefined {
  return (
    parseRetryAfter(responseHeader(response, 'retry-after'), now) ??
    rateLimitField(responseHeader(response, 'ratelimit')) ??
    resetToMs(responseHeader(response, 'ratelimit-reset'), now) ??
    resetToMs(responseHeader(response, 'x-ratelimit-reset'), now, xResetUnit) ??
    (fallbackSeconds !== undefined && Number.isFinite(fallbackSeconds) && fallbackSeconds >= 0
      ? Math.round(fallbackSeconds * 1000)
      : undefined)
  );
}
