import { backoffDelay } from '../domain/backoff';
import { nextInconclusiveRun } from '../domain/inconclusive-run';
import type { LastCheck, Profile } from '../domain/profile';
import { platform } from '../platforms';
import { withoutToken } from '../platforms/answer-detail';
import type { LiveCheckResult } from '../platforms/types';
import { sweepByProfile } from '../storage/atomic-writes';
import { readMeta, updateMeta } from '../storage/meta-store';
import { commitCheck, getProfile, listProfiles } from '../storage/profile-repository';
import { getToken, storedTokenGeneration, TokenVaultError } from '../storage/token-vault';
import { RETRY_ALARM, scheduleAt } from './alarms';
import {
  crossOff,
  forgetChanges,
  parseQueue,
  parseRetries,
  QUEUE_KEY,
  queueChange,
  RETRY_KEY,
  retryChange,
} from './check-bookkeeping';
import { perform } from './http';

export interface CycleHooks {
  now: () => Date;
  /** Called after each profile's result is stored, so the badge and pages follow along. */
  onChecked: () => void;
}

/** Which alarm asks: the periodic one checks every due profile, the retry one only those whose backoff ended. */
export type Pass = 'periodic' | 'retry';

/** A profile the cycle may check: it exists, has a token stored, and its platform has a live check. */
function checkable(profile: Profile | undefined, hasStoredToken = true): profile is Profile {
  return !!profile?.hasToken && hasStoredToken && !!platform(profile.platform).liveCheck;
}

/** Queues profiles for a live check and works through the queue; overlapping calls share one pass. */
export async function checkProfiles(ids: string[], hooks: CycleHooks): Promise<number> {
  await updateMeta(QUEUE_KEY, queueChange(ids, hooks.now()).change);
  return drain(hooks);
}

/**
 * One alarm's pass. First sweeps bookkeeping left for profiles that went (or lost their token), then
 * queues the due profiles: for `periodic` every checkable profile not waiting out a backoff, for `retry`
 * only the profiles whose backoff has ended. A healthy profile is never checked by a retry.
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
    const { profiles } = await listProfiles();
    due = profiles.filter((p) => checkable(p) && (!retries[p.id] || ended(p.id))).map((p) => p.id);
  }
  return checkProfiles(due, hooks);
}

/** Finishes a queue left by a worker that stopped mid-cycle. */
export async function resumePendingChecks(hooks: CycleHooks): Promise<number> {
  await sweepByProfile([QUEUE_KEY, RETRY_KEY], checkable);
  const queue = await readMeta(QUEUE_KEY, parseQueue);
  return Object.keys(queue).length ? drain(hooks) : 0;
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
      for (;;) {
        queued = false;
        for (const [id, stamp] of Object.entries(await readMeta(QUEUE_KEY, parseQueue))) {
          if (underway.get(id) === stamp || failed.has(`${id}\n${stamp}`)) continue;
          underway.set(id, stamp);
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
              hooks.onChecked();
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
    }
    await scheduleRetryAlarm(hooks.now);
    return checked;
  })();
  return draining;
}

/** Runs one queued request; `true` when its answer was stored. Every path crosses the request off. */
async function runCheck(id: string, stamp: string, hooks: CycleHooks): Promise<boolean> {
  try {
    return await checkOne(id, stamp, hooks.now);
  } catch (error) {
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

async function runSteps(profile: Profile, token: string, now: Date): Promise<LiveCheckResult> {
  for (const step of platform(profile.platform).liveCheck ?? []) {
    const answer = await perform(step.request(token));
    if (!answer.ok) return { outcome: 'transient', reason: answer.reason, detail: answer.detail };
    const result = step.classify(answer.response, now);
    if (result === 'next') continue;
    // Classifiers hide token-like text by pattern; this removes the actual token, should a platform echo it.
    return result.outcome === 'valid' ? result : { ...result, detail: withoutToken(result.detail, token) };
  }
  return {
    outcome: 'inconclusive',
    reason: 'unexpected-answer',
    detail: 'No check step could read the answer',
  };
}

function toLastCheck(result: LiveCheckResult, at: Date): LastCheck {
  if (result.outcome === 'valid') {
    return {
      at: at.toISOString(),
      outcome: 'valid',
      expiresAt: result.expiresAt ?? undefined,
      ...nullExpiry(result),
    };
  }
  const { outcome, reason, detail, httpStatus, code, subcode } = result;
  return { at: at.toISOString(), outcome, reason, detail: detail.slice(0, 500), httpStatus, code, subcode };
}

/** `expiresAt: null` (never expires) must survive; `undefined` (not said) must not overwrite dates. */
function nullExpiry(result: Extract<LiveCheckResult, { outcome: 'valid' }>): Partial<LastCheck> {
  return result.expiresAt === null ? { expiresAt: null } : {};
}

async function checkOne(id: string, stamp: string, clock: () => Date): Promise<boolean> {
  const profile = await getProfile(id);
  // Read before the token: a token replaced in between is then caught as superseded, never the other way.
  const generation = await storedTokenGeneration(id);
  const result = checkable(profile) && generation ? await checkWithStoredToken(profile, clock) : undefined;
  if (!profile || !generation || !result) {
    // Gone, or its token went: no bookkeeping is written for it, and any left is swept now.
    await updateMeta(QUEUE_KEY, crossOff(id, stamp).change);
    await sweepByProfile([QUEUE_KEY, RETRY_KEY], checkable);
    return false;
  }
  const check = toLastCheck(result, clock());
  const { expiresAt: _expiry, ...entry } = check;
  const retry = retryChange(id, (current) => {
    // Only a check that got no answer is retried soon; a can't-tell answer waits for the next period.
    if (result.outcome !== 'transient') return undefined;
    const attempts = (current?.attempts ?? 0) + 1;
    const delay = backoffDelay(attempts, Math.random(), result.retryAfterMs);
    return { attempts, notBefore: new Date(Date.parse(check.at) + delay).toISOString() };
  });
  const outcome = await commitCheck(
    id,
    generation,
    (p) => ({
      ...p,
      lastCheck: check,
      lastVerdict: nextVerdict(p.lastVerdict, check),
      inconclusiveRun: nextInconclusiveRun(p.inconclusiveRun, check),
    }),
    { profileId: id, ...entry },
    {
      stored: [crossOff(id, stamp), retry],
      // The token was replaced: its own request is queued; this answer is about a token no longer stored.
      superseded: [crossOff(id, stamp)],
      gone: [crossOff(id, stamp), ...forgetChanges([id])],
    },
  );
  return outcome === 'stored';
}

/** Runs the live check with the profile's stored token; an unreadable token is reported, not thrown. */
async function checkWithStoredToken(
  profile: Profile,
  clock: () => Date,
): Promise<LiveCheckResult | undefined> {
  let token: string | undefined;
  try {
    token = await getToken(profile.id);
  } catch (error) {
    if (!(error instanceof TokenVaultError)) throw error;
    return { outcome: 'transient', reason: 'token-unreadable', detail: error.message };
  }
  if (!token) return undefined;
  return runSteps(profile, token, clock());
}

/**
 * A check that got no answer (transient), or an answer that proves nothing (inconclusive), says nothing about
 * the token: the last verdict stands. A valid answer that does not mention an expiry keeps the expiry an
 * earlier valid answer gave.
 */
function nextVerdict(previous: LastCheck | undefined, check: LastCheck): LastCheck | undefined {
  if (check.outcome === 'transient' || check.outcome === 'inconclusive') return previous;
  if (check.outcome === 'valid' && check.expiresAt === undefined && previous?.outcome === 'valid') {
    return previous.expiresAt === undefined ? check : { ...check, expiresAt: previous.expiresAt };
  }
  return check;
}
