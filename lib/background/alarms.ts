import { browser } from 'wxt/browser';
import type { Settings } from '../domain/settings';

export const PERIODIC_ALARM = 'periodic-check';
export const STATUS_ALARM = 'status-change';
export const RETRY_ALARM = 'check-retry';

/** Creates the periodic check alarm only when it is missing or its period changed (MV3: alarms survive restarts). */
export async function ensurePeriodicAlarm(settings: Settings): Promise<void> {
  const existing = await browser.alarms.get(PERIODIC_ALARM);
  if (existing?.periodInMinutes === settings.checkIntervalMinutes) return;
  await browser.alarms.create(PERIODIC_ALARM, {
    delayInMinutes: existing ? settings.checkIntervalMinutes : 1,
    periodInMinutes: settings.checkIntervalMinutes,
  });
}

/** Wakes the worker at the next moment a status changes by the clock alone, so the badge flips on time. */
export async function scheduleAt(name: string, when: Date | undefined, now: Date): Promise<void> {
  if (!when) {
    await browser.alarms.clear(name);
    return;
  }
  // A second after the boundary, so that the evaluation at wake-up is past it.
  const at = Math.max(when.getTime() + 1000, now.getTime() + 1000);
  const existing = await browser.alarms.get(name);
  if (existing && Math.abs(existing.scheduledTime - at) < 1000) return;
  await browser.alarms.create(name, { when: at });
}
