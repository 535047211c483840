import { nextStatusChange } from '../domain/token-status';
import { ensurePeriodicAlarm, STATUS_ALARM, scheduleAt } from './alarms';
import { applyBadge } from './badge';
import { scheduleRetryAlarm } from './check-cycle';
import { forgetOutdatedDismissals } from './dismissals';
import { notifyTransitions } from './notifications';
import { broadcastStateChanged } from './ports';
import { type BackgroundState, loadState, sameCurrentRead } from './state';

let queue: Promise<unknown> = Promise.resolve();
/** A run that is queued but has not started: later callers share it, since it will read their changes too. */
let waiting: Promise<BackgroundState> | undefined;
/** What pages last heard about: pages re-read on each broadcast, and a read may reconcile again. */
let lastBroadcast: string | undefined;
/** The state the last finished run brought everything in line with. */
let reconciled: BackgroundState | undefined;

/** Badge, alarms, notifications and pages already follow `state`: it is the last run's read, still current. */
export function isReconciled(state: BackgroundState): boolean {
  return reconciled !== undefined && sameCurrentRead(state, reconciled);
}

/**
 * The state for a page's question: the last read while nothing was written since (`loadState`), and, when
 * the last reconcile did not see that read (a write that asked for none), a reconcile behind the answer.
 */
export async function readState(ctx: {
  now: () => Date;
  reconcile: () => Promise<unknown>;
}): Promise<BackgroundState> {
  const state = await loadState(ctx.now());
  if (!isReconciled(state)) void ctx.reconcile().catch(() => undefined);
  return state;
}

/** The state as pages see it, without the clock: equal fingerprints mean nothing to re-read. */
function fingerprint(state: BackgroundState): string {
  return JSON.stringify([state.settings, state.quarantined, state.entries]);
}

/**
 * Brings everything outside the database in line with it: badge, the alarm for the next status change by
 * date, notifications for transitions, and open pages and banners. One runs at a time and at most one waits
 * behind it, so a burst of changes (a 1,000-profile check cycle) costs two runs, not a thousand.
 */
export function reconcile(now: () => Date = () => new Date()): Promise<BackgroundState> {
  if (waiting) return waiting;
  const run = queue.then(async () => {
    waiting = undefined;
    // A new read, as ever: a reconcile also picks up what was changed outside this worker.
    const state = await loadState(now(), true);
    await ensurePeriodicAlarm(state.settings);
    await scheduleAt(STATUS_ALARM, nextStatusChange(state.entries.map((e) => e.verdict)), state.now);
    // Retry schedules go with their profile (deleted, token removed): the alarm follows what is left.
    await scheduleRetryAlarm(now);
    await applyBadge(state);
    await notifyTransitions(state);
    await forgetOutdatedDismissals(state);
    // Only on a change: a page re-reads on each event, and its read reconciles again (no ping-pong).
    const current = fingerprint(state);
    if (current !== lastBroadcast) {
      lastBroadcast = current;
      broadcastStateChanged();
    }
    reconciled = state;
    return state;
  });
  waiting = run;
  queue = run.catch(() => undefined);
  return run;
}
