import type { Profile } from '../domain/profile';
import { sweepByProfile } from '../storage/atomic-writes';
import { readMeta, updateMeta } from '../storage/meta-store';
import { listProfiles } from '../storage/profile-repository';
import { getSettings } from '../storage/settings-store';
import { RETRY_ALARM, scheduleAt } from './alarms';
import { crossOff, parseQueue, parseRetries, QUEUE_KEY, queueChange, RETRY_KEY } from './check-bookkeeping';
import { checkable, checkOne } from './check-one';
import { beginPass, checkFinished, endPass, joinPass } from './check-progress';
import { NotAdmittedError } from './http';

export interface CycleHooks {
  now: () => Date;
  /**
   * Called as results are stored, so the badge and pages follow along: at once for the first, then at most
   * every `FOLLOW_MS` while the pass runs, and always when it ends.
   */
  onChecked: () => void;
}

/** Which alarm asks: the periodic one checks every due profile, the retry one only those whose backoff ended. */
export type Pass = 'periodic' | 'retry';

/** Queues profiles for a live check and works through the queue; overlapping calls share one pass. */
export async function checkProfiles(ids: string[], hooks: CycleHooks): Promise<number> {
  await updateMeta(QUEUE_KEY, queueChange(ids, hooks.now()).change);
  return drain(hooks);
}

/**
 * One alarm's pass. First sweeps bookkeeping left for profiles that went (or lost their token), then
 * queues the due profiles: for `periodic` every checkable profile not waiting out a backoff and not answered
 * within the last half period, for `retry` only the profiles whose backoff has ended. A healthy profile is
 * never checked by a retry.
 */
export async function checkDueProfiles(hooks: CycleHooks, pass: Pass): Promise<number> {
  const now = hooks.now();
  await sweepByProfile([QUEUE_KEY, RETRY_KEY], checkable);
  const retries = await readMeta(RETRY_KEY, parseRetries);
  const ended = (id: string) => Date.parse(retries[id]!.notBefore) <= now.getTime();
  let due: string[];
  if (pass === 'retry') {
    due = Object.keys(retries).filter(ended);
  } else {
    const [{ profiles }, settings] = await Promise.all([listProfiles(), getSettings()]);
    const fresh = answeredSince(now.getTime() - (settings.checkIntervalMinutes * 60_000) / 2);
    due = profiles.filter((p) => checkable(p) && (retries[p.id] ? ended(p.id) : !fresh(p))).map((p) => p.id);
  }
  return checkProfiles(due, hooks);
}

/**
 * A profile whose stored answer came after `since`. The first periodic alarm fires a minute after it is set
 * (install, "Delete all data"), and "Check all" may run just before one: an answer stored that recently is
 * not asked again. Half a period, so that the profiles a periodic pass answered are due at the next one.
 */
function answeredSince(since: number) {
  return (p: Profile) =>
    !!p.lastCheck && p.lastCheck.outcome !== 'transient' && Date.parse(p.lastCheck.at) > since;
}

/** Finishes a queue left by a worker that stopped mid-cycle. */
export async function resumePendingChecks(hooks: CycleHooks): Promise<number> {
  await sweepByProfile([QUEUE_KEY, RETRY_KEY], checkable);
  const queue = await readMeta(QUEUE_KEY, parseQueue);
  return Object.keys(queue).length ? drain(hooks) : 0;
}

/**
 * How often a running pass asks for a reconcile. Each one reads and evaluates every profile (some 30 ms of
 * the worker's time for 1,000): asked after every answer, they would take the worker's time from the answers
 * themselves (a 1,000-token pass runs them back to back); every second they take about 3% of it.
 */
export const FOLLOW_MS = 1000;
let lastFollow = Number.NEGATIVE_INFINITY;
let followTimer: ReturnType<typeof setTimeout> | undefined;

function follow(hooks: CycleHooks, now = false): void {
  const at = performance.now();
  if (now || (followTimer === undefined && at - lastFollow >= FOLLOW_MS)) {
    clearTimeout(followTimer);
    followTimer = undefined;
    lastFollow = at;
    hooks.onChecked();
  } else {
    followTimer ??= setTimeout(() => follow(hooks, true), lastFollow + FOLLOW_MS - at);
  }
}

let draining: Promise<number> | undefined;
/** Set when new requests were queued while a pass runs: the pass reads the queue again before it ends. */
let queued = false;
let wake: (() => void) | undefined;
/**
 * The request each check started by this worker answers (profile id → queue stamp). A request with a new
 * stamp (a token saved meanwhile) starts its own check at once instead of waiting for the old one.
 */
const underway = new Map<string, string>();

/**
 * Works through the queue until it is empty: every request starts as soon as it is seen (the per-host limit
 * in `http.ts` paces the requests), and requests queued meanwhile join the same pass.
 */
function drain(hooks: CycleHooks): Promise<number> {
  queued = true;
  if (draining) {
    wake?.();
    return draining;
  }
  draining = (async () => {
    let checked = 0;
    const running = new Set<Promise<void>>();
    const failed = new Set<string>();
    try {
      let begun = false;
      for (;;) {
        queued = false;
        const queue = await readMeta(QUEUE_KEY, parseQueue);
        if (!begun) await beginPass(hooks.now(), Object.keys(queue).length);
        begun = true;
        for (const [id, stamp] of Object.entries(queue)) {
          if (underway.get(id) === stamp || failed.has(`${id}\n${stamp}`)) continue;
          underway.set(id, stamp);
          joinPass(id, stamp);
          const task = runCheck(id, stamp, hooks)
            .then((stored) => {
              if (stored) checked++;
            })
            .catch(() => {
              // Never retried in this pass: a check that keeps throwing must not spin.
              failed.add(`${id}\n${stamp}`);
            })
            .finally(() => {
              if (underway.get(id) === stamp) underway.delete(id);
              running.delete(task);
              if (running.size) follow(hooks);
            });
          running.add(task);
        }
        if (queued) continue;
        if (!running.size) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          void Promise.race(running).then(resolve);
        });
      }
    } finally {
      draining = undefined;
      wake = undefined;
      follow(hooks, true);
      await endPass(hooks.now()).catch(() => undefined);
    }
    await scheduleRetryAlarm(hooks.now);
    return checked;
  })();
  return draining;
}

/** Runs one queued request; `true` when its answer was stored. Every path crosses the request off. */
async function runCheck(id: string, stamp: string, hooks: CycleHooks): Promise<boolean> {
  try {
    const stored = await checkOne(id, stamp, hooks.now);
    checkFinished(id);
    return stored;
  } catch (error) {
    // Refused by a stop (check-progress.ts): it sent nothing, and the stop took it off the queue.
    if (error instanceof NotAdmittedError) throw error;
    checkFinished(id);
    console.error('Reconnect Radar: check failed', error instanceof Error ? error.name : typeof error);
    await updateMeta(QUEUE_KEY, crossOff(id, stamp).change);
    throw error;
  }
}

let arming: Promise<void> = Promise.resolve();

/**
 * Arms the retry alarm for the earliest backoff still to come. A schedule already due is never re-armed
 * (that would fire at once, in a loop, if its check cannot run): the periodic pass picks it up, or the
 * sweep removes it. Calls run one after another, each reading the schedules when its turn comes: a call
 * that read them before a check stored a new one can then never clear the alarm armed for it.
 */
export function scheduleRetryAlarm(clock: () => Date): Promise<void> {
  const run = arming.then(async () => {
    const retries = await readMeta(RETRY_KEY, parseRetries);
    const now = clock();
    const next = Object.values(retries)
      .map((r) => Date.parse(r.notBefore))
      .filter((at) => at > now.getTime())
      .sort((a, b) => a - b)[0];
    await scheduleAt(RETRY_ALARM, next === undefined ? undefined : new Date(next), now);
  });
  arming = run.catch(() => undefined);
  return run;
}
