/** Retry schedule for checks that failed for a transient cause (network, 5xx, 429, rate-limit codes). */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60_000;
/**
 * The longest wait a platform or tool may impose (`Retry-After`, a reset header): a day. A larger value is a
 * mistake or an outage on their side, and obeying it would freeze the extension's word for weeks; a date that
 * far also overflows `Date` (`Retry-After: 1e16` made `toISOString` throw and no backoff was kept at all).
 */
export const DICTATED_WAIT_MAX_MS = 24 * 60 * 60_000;

/**
 * Delay before retry number `attempt` (1 = first retry): exponential from one minute, capped at six hours,
 * with ±20 % jitter so that many profiles do not retry in lockstep; never earlier than the platform's
 * Retry-After, itself capped at a day (an unreadable one counts as none). `random` is a number in [0, 1).
 */
export function backoffDelay(attempt: number, random: number, retryAfterMs?: number): number {
  const exponential = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_MS);
  const jittered = Math.round(exponential * (0.8 + 0.4 * random));
  return Math.max(jittered, dictatedWait(retryAfterMs));
}

/** What a platform asked us to wait, bounded to [0, a day]; not a number counts as nothing said. */
export function dictatedWait(retryAfterMs: number | undefined): number {
  if (retryAfterMs === undefined || Number.isNaN(retryAfterMs)) return 0;
  return Math.min(Math.max(0, retryAfterMs), DICTATED_WAIT_MAX_MS);
}
