import { nextStatusChange } from '../domain/token-status';
import { ensurePeriodicAlarm, STATUS_ALARM, scheduleAt } from './alarms';
import { applyBadge } from './badge';
import { notifyTransitions } from './notifications';
import { broadcastStateChanged } from './ports';
import { type BackgroundState, loadState } from './state';

let queue: Promise<unknown> = Promise.resolve();

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
    broadcastStateChanged();
    return state;
  });
  queue = run.catch(() => undefined);
  return run;
}
