import { backoffDelay } from '../domain/backoff';
import type { LastCheck, Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';
import { evaluateStatus } from '../domain/token-status';
import { platform } from '../platforms';
import { withoutToken } from '../platforms/answer-detail';
import type { LiveCheckResult } from '../platforms/types';
import { type MetaChange, readMeta, updateMeta, writeMeta } from '../storage/meta-store';
import {
  commitCheck,
  getProfile,
  listProfiles,
  recordHistory,
  updateProfile,
} from '../storage/profile-repository';
import { getSettings } from '../storage/settings-store';
import { getToken, putToken, TokenVaultError, tokenInfo } from '../storage/token-vault';
import { RETRY_ALARM, scheduleAt } from './alarms';
import { perform } from './http';

const QUEUE_KEY = 'check-queue';
const RETRY_KEY = 'check-retries';

interface RetryState {
  attempts: number;
  notBefore: string;
}

function parseRetries(raw: unknown): Record<string, RetryState> {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, RetryState> = {};
  for (const [id, v] of Object.entries(raw)) {
    const r = v as Partial<RetryState>;
    if (typeof r?.attempts === 'number' && typeof r.notBefore === 'string') out[id] = r as RetryState;
  }
  return out;
}

/** Profile id → when it was queued (ISO). */
type Queue = Record<string, string>;

function parseQueue(raw: unknown): Queue {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/**
 * The persisted work list: a worker stopped mid-cycle finds it on the next wake and finishes the job.
 * A profile already queued keeps its original time, so two overlapping requests make one check.
 */
function enqueue(ids: string[], now: Date): Promise<void> {
  return updateMeta(QUEUE_KEY, (raw) => {
    const queue = parseQueue(raw);
    for (const id of ids) queue[id] ??= now.toISOString();
    return queue;
  });
}

const crossOff = (id: string): MetaChange => ({
  key: QUEUE_KEY,
  change: (raw) => {
    const { [id]: _done, ...rest } = parseQueue(raw);
    return rest;
  },
});

const retryChange = (
  id: string,
  next: (current: RetryState | undefined) => RetryState | undefined,
): MetaChange => ({
  key: RETRY_KEY,
  change: (raw) => {
    const { [id]: current, ...rest } = parseRetries(raw);
    const updated = next(current);
    return updated ? { ...rest, [id]: updated } : rest;
  },
});

const inFlight = new Set<string>();
let draining: Promise<number> | undefined;

export interface CycleHooks {
  now: () => Date;
  /** Called after each profile's result is stored, so the badge and pages follow along. */
  onChecked: () => void;
}

/** Queues profiles for a live check and works through the queue; overlapping calls share one pass. */
export async function checkProfiles(ids: string[], hooks: CycleHooks): Promise<number> {
  await enqueue(ids, hooks.now());
  return drain(hooks);
}

/** Queues every profile that has a token and is due (not waiting out a backoff), then drains. */
export async function checkDueProfiles(hooks: CycleHooks): Promise<number> {
  const now = hooks.now();
  const [{ profiles }, retries] = await Promise.all([listProfiles(), readMeta(RETRY_KEY, parseRetries)]);
  const due = profiles.filter((p) => {
    if (!p.hasToken || !platform(p.platform).liveCheck) return false;
    const retry = retries[p.id];
    return !retry || Date.parse(retry.notBefore) <= now.getTime();
  });
  return checkProfiles(
    due.map((p) => p.id),
    hooks,
  );
}

/** Finishes a queue left by a worker that stopped mid-cycle. */
export async function resumePendingChecks(hooks: CycleHooks): Promise<number> {
  const queue = await readMeta(QUEUE_KEY, parseQueue);
  return Object.keys(queue).length ? drain(hooks) : 0;
}

function drain(hooks: CycleHooks): Promise<number> {
  draining ??= (async () => {
    let checked = 0;
    try {
      for (;;) {
        const queue = Object.entries(await readMeta(QUEUE_KEY, parseQueue)).filter(
          ([id]) => !inFlight.has(id),
        );
        if (!queue.length) break;
        const settings = await getSettings();
        await Promise.all(
          queue.map(async ([id]) => {
            inFlight.add(id);
            let committed = false;
            try {
              committed = await checkOne(id, settings, hooks.now);
              if (committed) checked++;
            } catch (error) {
              // One profile's failure must not stop the others; it stays queued-off and is retried next cycle.
              console.error(
                'Reconnect Radar: check failed',
                error instanceof Error ? error.name : typeof error,
              );
            } finally {
              inFlight.delete(id);
              // A stored result crossed itself off; a skipped or failed one is crossed off here.
              if (!committed) await updateMeta(QUEUE_KEY, crossOff(id).change);
              hooks.onChecked();
            }
          }),
        );
      }
    } finally {
      draining = undefined;
    }
    await scheduleRetryAlarm(hooks.now());
    return checked;
  })();
  return draining;
}

async function scheduleRetryAlarm(now: Date): Promise<void> {
  const retries = await readMeta(RETRY_KEY, parseRetries);
  const next = Object.values(retries)
    .map((r) => Date.parse(r.notBefore))
    .sort((a, b) => a - b)[0];
  await scheduleAt(RETRY_ALARM, next === undefined ? undefined : new Date(next), now);
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
  return { outcome: 'transient', reason: 'unexpected-answer', detail: 'No check step could read the answer' };
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

async function checkOne(id: string, settings: Settings, clock: () => Date): Promise<boolean> {
  const profile = await getProfile(id);
  if (!profile?.hasToken || !platform(profile.platform).liveCheck) return false;
  const result = await checkWithStoredToken(profile, settings, clock);
  if (!result) return false;
  const check = toLastCheck(result, clock());
  const { expiresAt: _expiry, ...entry } = check;
  const retry = retryChange(id, (current) => {
    if (result.outcome !== 'transient') return undefined;
    const attempts = (current?.attempts ?? 0) + 1;
    const delay = backoffDelay(attempts, Math.random(), result.retryAfterMs);
    return { attempts, notBefore: new Date(Date.parse(check.at) + delay).toISOString() };
  });
  await commitCheck(
    id,
    (p) => ({ ...p, lastCheck: check, lastVerdict: nextVerdict(p.lastVerdict, check) }),
    { profileId: id, ...entry },
    [crossOff(id), retry],
  );
  return true;
}

/** Runs the live check with the profile's stored token; an unreadable token is reported, not thrown. */
async function checkWithStoredToken(
  profile: Profile,
  settings: Settings,
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
 * A transient failure says nothing about the token: the last verdict stands. A valid answer that does not
 * mention an expiry keeps the expiry an earlier valid answer (or a refresh) gave.
 */
function nextVerdict(previous: LastCheck | undefined, check: LastCheck): LastCheck | undefined {
  if (check.outcome === 'transient' || check.outcome === 'inconclusive') return previous;
  if (check.outcome === 'valid' && check.expiresAt === undefined && previous?.outcome === 'valid') {
    return previous.expiresAt === undefined ? check : { ...check, expiresAt: previous.expiresAt };
  }
  return check;
}

/** Forgets a profile's retry schedule (deleted, or its token replaced). */
export async function forgetRetries(ids: string[] | 'all'): Promise<void> {
  if (ids === 'all') return writeMeta(RETRY_KEY, {});
  await updateMeta(RETRY_KEY, (raw) => {
    const retries = parseRetries(raw);
    for (const id of ids) delete retries[id];
    return retries;
  });
}
