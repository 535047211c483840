import { backoffDelay } from '../domain/backoff';
import { nextInconclusiveRun } from '../domain/inconclusive-run';
import type { LastCheck, Profile } from '../domain/profile';
import { platform } from '../platforms';
import { withoutToken } from '../platforms/answer-detail';
import type { LiveCheckResult } from '../platforms/types';
import { sweepByProfile } from '../storage/atomic-writes';
import { updateMeta } from '../storage/meta-store';
import { commitCheck, getProfile } from '../storage/profile-repository';
import { getToken, storedTokenGeneration, TokenVaultError } from '../storage/token-vault';
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
