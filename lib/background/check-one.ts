import { backoffDelay } from '../domain/backoff';
import { nextInconclusiveRun } from '../domain/inconclusive-run';
import type { LastCheck, Profile } from '../domain/profile';
import { platform } from '../platforms';
import { withoutToken } from '../platforms/answer-detail';
import type { LiveCheckResult } from '../platforms/types';
import { sweepByProfile } from '../storage/atomic-writes';
import { updateMeta } from '../storage/meta-store';
import {
  type CheckCommit,
  type CommitOutcome,
  commitChecks,
  getProfile,
} from '../storage/profile-repository';
import { type OpenedToken, openStoredToken } from '../storage/token-vault';
import { crossOff, forgetChanges, QUEUE_KEY, RETRY_KEY, retryChange } from './check-bookkeeping';
import { perform } from './http';

/** A profile the cycle may check: it exists, has a token stored, and its platform has a live check. */
export function checkable(profile: Profile | undefined, hasStoredToken = true): profile is Profile {
  return !!profile?.hasToken && hasStoredToken && !!platform(profile.platform).liveCheck;
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

/**
 * Checks one profile for the queue request `stamp` and stores the answer with its bookkeeping; `true` when
 * stored. An answer about a token no longer stored, or for a profile that went, is never stored.
 */
export async function checkOne(id: string, stamp: string, clock: () => Date): Promise<boolean> {
  const { profile, opened } = await prepare(id);
  const result = opened && profile ? await checkWithToken(profile, opened, clock) : undefined;
  if (!profile || !opened || !result) {
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
  const outcome = await commitSoon({
    id,
    generation: opened.generation,
    change: (p) => ({
      ...p,
      lastCheck: check,
      lastVerdict: nextVerdict(p.lastVerdict, check),
      inconclusiveRun: nextInconclusiveRun(p.inconclusiveRun, check),
    }),
    entry: { profileId: id, ...entry },
    meta: {
      stored: [crossOff(id, stamp), retry],
      // The token was replaced: its own request is queued; this answer is about a token no longer stored.
      superseded: [crossOff(id, stamp)],
      gone: [crossOff(id, stamp), ...forgetChanges([id])],
    },
  });
  return outcome === 'stored';
}

/** Checks reading their profile and token at once: a few, so the first request need not wait for all. */
const PREPARING = 8;
let preparing = 0;
const preparers: (() => void)[] = [];

/**
 * Reads the profile and decrypts its token ahead of the request: a check waits for its per-host slot
 * (`http.ts`) with its token in hand, so the slot is busy only with the request itself.
 */
async function prepare(
  id: string,
): Promise<{ profile: Profile | undefined; opened: OpenedToken | undefined }> {
  if (preparing >= PREPARING) await new Promise<void>((resolve) => preparers.push(resolve));
  else preparing++;
  try {
    const profile = await getProfile(id);
    // The token and its generation come from one record: the answer counts only while that one is stored.
    const opened = checkable(profile) ? await openStoredToken(id) : undefined;
    return { profile, opened };
  } finally {
    const next = preparers.shift();
    if (next) next();
    else preparing--;
  }
}

/** Runs the live check with the token read; an unreadable token is reported, not thrown. */
async function checkWithToken(
  profile: Profile,
  opened: OpenedToken,
  clock: () => Date,
): Promise<LiveCheckResult> {
  if (opened.error) return { outcome: 'transient', reason: 'token-unreadable', detail: opened.error.message };
  return runSteps(profile, opened.token, clock());
}

/** Answers waiting for the next batch commit, each with the caller waiting for its outcome. */
let pending: { commit: CheckCommit; settle: (outcome: Promise<CommitOutcome>) => void }[] = [];
let committing = false;

/**
 * Stores an answer with the next batch: answers that arrive while a batch is being written are written
 * together in the following transaction, so a thousand answers cost a few dozen transactions, and the
 * request slot that got the answer is long free. Resolves once the answer's own transaction has committed
 * (its generation checked inside it); until then it is not crossed off the queue, so a worker stopped
 * meanwhile checks it again later.
 */
function commitSoon(commit: CheckCommit): Promise<CommitOutcome> {
  const outcome = new Promise<Promise<CommitOutcome>>((settle) => pending.push({ commit, settle }));
  if (!committing) void writeBatches();
  return outcome.then((p) => p);
}

async function writeBatches(): Promise<void> {
  committing = true;
  try {
    // Answers read in the same turn join the first batch.
    await Promise.resolve();
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        const outcomes = await commitChecks(batch.map((b) => b.commit));
        for (const [i, b] of batch.entries()) b.settle(Promise.resolve(outcomes[i]!));
      } catch {
        // One answer that cannot be written must not fail the others: each alone, with its own error.
        for (const b of batch) b.settle(commitChecks([b.commit]).then(([o]) => o!));
      }
    }
  } finally {
    committing = false;
  }
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
