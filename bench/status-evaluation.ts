import { PLATFORM_IDS } from '../lib/domain/platform-id';
import type { Profile } from '../lib/domain/profile';
import { REASONS } from '../lib/domain/reasons';
import { DEFAULT_SETTINGS } from '../lib/domain/settings';
import { evaluateStatus } from '../lib/domain/token-status';

const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32): the same profiles on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` profiles spread over every platform and every branch of the evaluation: explicit expiry or
 * connection date or none, valid/invalid/transient last checks, snoozes, reconnections after a verdict.
 */
export function syntheticProfiles(count: number, now: Date, seed = 1): Profile[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * DAY).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const p: Profile = {
      id: `p${i}`,
      platform: pick(PLATFORM_IDS),
      name: `Profile ${i}`,
      hasToken: rnd() < 0.7,
      createdAt: iso(-120),
      updatedAt: iso(-1),
    };
    const dates = rnd();
    if (dates < 0.4) p.expiresAt = iso(rnd() * 90 - 20);
    else if (dates < 0.8) p.connectedAt = iso(-rnd() * 80);
    const check = rnd();
    if (check < 0.5) {
      const outcome = check < 0.3 ? 'valid' : check < 0.4 ? 'invalid' : 'transient';
      const at = iso(-rnd() * 3);
      p.lastCheck = { at, outcome, reason: outcome === 'valid' ? undefined : pick(REASONS) };
      if (outcome !== 'transient')
        p.lastVerdict = { ...p.lastCheck, expiresAt: rnd() < 0.5 ? iso(30) : undefined };
    }
    if (rnd() < 0.1) p.snooze = { until: iso(rnd() * 2 - 0.5), status: 'expired' };
    return p;
  });
}

export interface StatusBenchResult {
  profiles: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Times `evaluateStatus` over `count` profiles: `runs` timed passes after ten warm-up passes. */
export function benchStatusEvaluation(count = 10_000, runs = 31): StatusBenchResult {
  const now = new Date('2026-11-26T12:00:00Z');
  const profiles = syntheticProfiles(count, now);
  const settings = { warnDays: DEFAULT_SETTINGS.warnDays };
  let sink = 0;
  const pass = () => {
    const start = performance.now();
    for (const p of profiles) sink += evaluateStatus(p, settings, now).stale ? 1 : 0;
    return performance.now() - start;
  };
  for (let i = 0; i < 10; i++) pass();
  const times = Array.from({ length: runs }, pass).sort((a, b) => a - b);
  if (sink < 0) console.log(sink); // keeps the work observable
  return {
    profiles: count,
    runs,
    medianMs: times[Math.floor(runs / 2)]!,
    minMs: times[0]!,
    maxMs: times[runs - 1]!,
  };
}
