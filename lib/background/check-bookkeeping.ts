import type { MetaChange } from '../storage/meta-store';

/**
 * The check cycle's bookkeeping, kept in `meta` between worker lives: the queue of checks to run and each
 * failing profile's retry schedule. Both are keyed by profile id, and every write of them is a `MetaChange`
 * applied inside the transaction that also writes the profile, so they never outlive it.
 */
export const QUEUE_KEY = 'check-queue';
export const RETRY_KEY = 'check-retries';

export interface RetryState {
  attempts: number;
  notBefore: string;
}

export function parseRetries(raw: unknown): Record<string, RetryState> {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, RetryState> = {};
  for (const [id, v] of Object.entries(raw)) {
    const r = v as Partial<RetryState>;
    if (typeof r?.attempts === 'number' && typeof r.notBefore === 'string') out[id] = r as RetryState;
  }
  return out;
}

/**
 * Profile id → stamp of the request (when it was queued, ISO, and for a fresh request a serial). A check
 * answers one stamp and crosses off only that one: a request made while it runs (a new token) survives it.
 */
export type Queue = Record<string, string>;

/** Queues this module built: a change handed one (the previous change's result) may change it in place. */
const ownQueues = new WeakSet<object>();

export function parseQueue(raw: unknown): Queue {
  if (typeof raw === 'object' && raw !== null && ownQueues.has(raw)) return raw as Queue;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return own({});
  return own(
    Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string')),
  );
}

function own(queue: Queue): Queue {
  ownQueues.add(queue);
  return queue;
}

let serial = 0;

/**
 * Queues `ids`. A profile already queued keeps its stamp, so overlapping requests share one check, unless
 * `fresh`: a new token must be checked again even if a check of the old one is under way.
 */
export function queueChange(ids: readonly string[], now: Date, fresh = false): MetaChange {
  return {
    key: QUEUE_KEY,
    change: (raw) => {
      const queue = parseQueue(raw);
      for (const id of ids) {
        if (fresh) queue[id] = `${now.toISOString()}#${++serial}`;
        else queue[id] ??= now.toISOString();
      }
      return queue;
    },
  };
}

/** Removes a profile's queue entry if it is still the request `stamp` (all its requests without a stamp). */
export function crossOff(id: string, stamp?: string): MetaChange {
  return {
    key: QUEUE_KEY,
    // In place: a batch of a thousand answers crosses itself off one queue, not a thousand copies of it.
    change: (raw) => {
      const queue = parseQueue(raw);
      const current = queue[id];
      if (current !== undefined && (stamp === undefined || current === stamp)) delete queue[id];
      return queue;
    },
  };
}

export function retryChange(
  id: string,
  next: (current: RetryState | undefined) => RetryState | undefined,
): MetaChange {
  return {
    key: RETRY_KEY,
    change: (raw) => {
      const { [id]: current, ...rest } = parseRetries(raw);
      const updated = next(current);
      return updated ? { ...rest, [id]: updated } : rest;
    },
  };
}

/** Everything the cycle keeps about these profiles: for a deleted profile, or one whose token went. */
export function forgetChanges(ids: readonly string[]): MetaChange[] {
  const drop = (raw: unknown) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const kept: Record<string, unknown> = { ...raw };
    for (const id of ids) delete kept[id];
    return kept;
  };
  return [
    { key: QUEUE_KEY, change: drop },
    { key: RETRY_KEY, change: drop },
  ];
}

/** A new token (set, or imported): its old retry schedule goes and it is queued for a check of its own. */
export function newTokenChanges(ids: readonly string[], now: Date): MetaChange[] {
  return [forgetChanges(ids)[1]!, queueChange(ids, now, true)];
}
