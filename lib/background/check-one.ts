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
  getProfiles,
} from '../storage/profile-repository';
import { type OpenedToken, openStoredTokens } from '../storage/token-vault';
import { crossOff, forgetChanges, QUEUE_KEY, RETRY_KEY, retryChange } from './check-bookkeeping';
import { admitCheck, noteAnswer } from './check-progress';
import { perform } from './http';

/** A profile the cycle may check: it exists, has a token stored, and its platform has a live check. */
export function checkable(profile: Profile | undefined, hasStoredToken = true): profile is Profile {
  return !!profile?.hasToken && hasStoredToken && !!platform(profile.platform).liveCheck;
}

async function runSteps(profile: Profile, token: string, now: Date): Promise<LiveCheckResult> {
  let first = true;
  for (const step of platform(profile.platform).liveCheck ?? []) {
    // A stopped pass refuses only a check's first request: a check under way finishes all its steps.
    const answer = await perform(step.request(token), first ? () => admitCheck(profile.id) : undefined);
    first = false;
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
  unanswered++;
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    unanswered--;
    nudge?.();
  };
  try {
    return await checkAndCommit(id, stamp, clock, answer);
  } finally {
    answer();
  }
}

async function checkAndCommit(
  id: string,
  stamp: string,
  clock: () => Date,
  answered: () => void,
): Promise<boolean> {
  const { profile, opened } = await prepare(id);
  const result = opened && profile ? await checkWithToken(profile, opened, clock) : undefined;
  answered();
  noteAnswer(result?.outcome);
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

/**
 * Profiles read, and their tokens decrypted, together: up to 32 at once, starting with 4 (and doubling) so the
 * first requests need not wait for a whole chunk.
 */
const PREPARE_CHUNK = 32;
const FIRST_CHUNK = 4;
type Prepared = { profile: Profile | undefined; opened: OpenedToken | undefined };
const toPrepare: { id: string; settle: (prepared: Promise<Prepared>) => void }[] = [];
let preparing = false;

/**
 * Reads the profile and decrypts its token ahead of the request: a check waits for its per-host slot
 * (`http.ts`) with its token in hand, so the slot is busy only with the request itself. Checks asked in the
 * same turn are read in chunks, each one transaction for the profiles and one for the tokens.
 */
function prepare(id: string): Promise<Prepared> {
  const prepared = new Promise<Promise<Prepared>>((settle) => toPrepare.push({ id, settle }));
  if (!preparing) void prepareChunks();
  return prepared.then((p) => p);
}

async function prepareChunks(): Promise<void> {
  preparing = true;
  try {
    // Checks started in the same turn (a whole queue) join the chunks.
    await Promise.resolve();
    for (let size = FIRST_CHUNK; toPrepare.length; size = Math.min(PREPARE_CHUNK, size * 2)) {
      const chunk = toPrepare.splice(0, size);
      try {
        const read = await readChunk(chunk.map((c) => c.id));
        for (const [i, c] of chunk.entries()) c.settle(Promise.resolve(read[i]!));
      } catch {
        // A chunk that cannot be read must not fail every check in it: each alone, with its own error.
        for (const c of chunk) c.settle(readChunk([c.id]).then(([p]) => p!));
      }
    }
  } finally {
    preparing = false;
  }
}

async function readChunk(ids: string[]): Promise<Prepared[]> {
  const profiles = await getProfiles(ids);
  // The token and its generation come from one record: the answer counts only while that one is stored.
  const tokens = await openStoredTokens(ids.filter((_, i) => checkable(profiles[i])));
  return ids.map((id, i) => ({ profile: profiles[i], opened: tokens.get(id) }));
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

/** Checks started and not yet answered: while there are some, an answer waits a little for company. */
let unanswered = 0;
/** Wakes the batch writer waiting for its window (an answer came, or a check ended). */
let nudge: (() => void) | undefined;

/**
 * How long the first answer of a batch waits for others before the batch is written, unless no other check
 * is still waiting for its answer (the last answer of a pass, a single check) or the batch is full. Each batch
 * rewrites the whole check queue: a thousand answers arriving a few milliseconds apart would otherwise cost
 * hundreds of transactions, each cloning the queue.
 */
export const COMMIT_MS = 100;
const MAX_BATCH = 64;

/** Answers waiting for the next batch commit, each with the caller waiting for its outcome. */
const pending: { commit: CheckCommit; settle: (outcome: Promise<CommitOutcome>) => void }[] = [];
let committing = false;

/**
 * Stores an answer with the next batch: answers that arrive within `COMMIT_MS` of each other, or while a batch
 * is being written, are written together in one transaction, so a thousand answers cost a few dozen
 * transactions, and the request slot that got the answer is long free. Resolves once the answer's own
 * transaction has committed (its generation checked inside it); until then it is not crossed off the queue,
 * so a worker stopped meanwhile checks it again later.
 */
function commitSoon(commit: CheckCommit): Promise<CommitOutcome> {
  const outcome = new Promise<Promise<CommitOutcome>>((settle) => pending.push({ commit, settle }));
  if (!committing) void writeBatches();
  else nudge?.();
  return outcome.then((p) => p);
}

/** Resolves when the batch in `pending` should be written: full, nothing else to wait for, or its time is up. */
function batchReady(): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      nudge = undefined;
      resolve();
    };
    const timer = setTimeout(done, COMMIT_MS);
    nudge = () => {
      if (pending.length >= MAX_BATCH || unanswered === 0) done();
    };
    nudge();
  });
}

async function writeBatches(): Promise<void> {
  committing = true;
  try {
    // Answers read in the same turn join the first batch.
    await Promise.resolve();
    while (pending.length) {
      await batchReady();
      const batch = pending.splice(0, MAX_BATCH);
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
