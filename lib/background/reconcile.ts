import { nextStatusChange } from '../domain/token-status';
import { ensurePeriodicAlarm, STATUS_ALARM, scheduleAt } from './alarms';
import { applyBadge } from './badge';
import { notifyTransitions } from './notifications';
import { broadcastStateChanged } from './ports';
import { type BackgroundState, loadState } from './state';

let queue: Promise<unknown> = Promise.resolve();
/** What pages last heard about: every get-state reconciles, and pages re-read on each broadcast. */
let lastBroadcast: string | undefined;

/** The state as pages see it, without the clock: equal fingerprints mean nothing to re-read. */
function fingerprint(state: BackgroundState): string {
  return JSON.stringify([state.settings, state.quarantined, state.entries]);
}

/**
 * Brings everything outside the database in line with it: badge, the alarm for the next status change by
 * date, notifications for transitions, and open pages and banners. Runs one at a time, in order.
 */
export function reconcile(now: () => Date = () => new Date()): Promise<BackgroundState> {
  const run = queue.then(async () => {
    const state = await loadState(now());
    await ensurePeriodicAlarm(state.settings);
    await scheduleAt(STATUS_ALARM, nextStatusChange(state.entries.map((e) => e.verdict)), state.now);
    await applyBadge(state);
    await notifyTransitions(state);
    // Only on a change: a page re-reads on each event, and its read reconciles again (no ping-pong).
    const current = fingerprint(state);
    if (current !== lastBroadcast) {
      lastBroadcast = current;
      broadcastStateChanged();
    }
    return state;
  });
  queue = run.catch(() => undefined);
  return run;
}
