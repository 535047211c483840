/**
 * A timing measured several times, reported with its own noise: the median, and the fastest and slowest run.
 * The table then reads the same on a quiet and a busy machine, within its spread.
 */
export interface Spread {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/** Every timing of the bench runs at least this many times. */
export const TIMING_RUNS = 5;

/**
 * The popup and the banner open in about a second each, and one opening varies by ±30 ms on a 2-core machine
 * (most of it before the page's first script runs): they are opened this many times, so that their median
 * moves by a few milliseconds between runs of the bench rather than by tens.
 */
export const PAGE_RUNS = 15;

export function spreadOf(values: readonly number[]): Spread {
  if (!values.length) throw new Error('A spread needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** `12.3 ms (10.1 ms–15.0 ms, 5 runs)` with the given unit formatter. */
export function formatSpread(s: Spread, format: (value: number) => string): string {
  return `${format(s.median)} (${format(s.min)}–${format(s.max)}, ${s.runs} runs)`;
}
