/** Retry schedule for checks that failed for a transient cause (network, 5xx, 429, rate-limit codes). */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60_000;

/**
 * Delay before retry number `attempt` (1 = first retry): exponential from one minute, capped at six hours,
 * with ±20 % jitter so that many profiles do not retry in lockstep; never earlier than the platform's
 * Retry-After. `random` is a number in [0, 1).
 */
export function backoffDelay(attempt: number, random: number, retryAfterMs?: number): number {
  const exponential = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_MS);
  const jittered = Math.round(exponential * (0.8 + 0.4 * random));
  return Math.max(jittered, retryAfterMs ?? 0);
}
