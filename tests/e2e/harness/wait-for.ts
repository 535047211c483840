export interface WaitOptions {
  /** Give up after this long (ms). */
  timeout?: number;
  /** Pause between attempts (ms). */
  interval?: number;
  /** What was awaited, for the error message. */
  message?: string;
}

/**
 * Polls `probe` until it returns something other than `undefined`/`false` (or stops throwing), and returns
 * that. Throws with the last value or error seen when time runs out.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  { timeout = 10_000, interval = 100, message = 'condition' }: WaitOptions = {},
): Promise<Exclude<T, undefined | false>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as Exclude<T, undefined | false>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
