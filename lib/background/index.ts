import { browser } from 'wxt/browser';
import { PROGRESS_PORT } from '../messaging/progress';
import { STATE_PORT } from '../messaging/protocol';
import { reconnectTarget } from '../platforms';
import { getProfile, updateProfile } from '../storage/profile-repository';
import { PERIODIC_ALARM, RETRY_ALARM, STATUS_ALARM } from './alarms';
import { checkDueProfiles, checkProfiles, resumePendingChecks } from './check-cycle';
import { DIGEST_ALARM, isDigestNotification, openTimeline, runDigest } from './digest';
import { notificationTargets } from './notifications';
import { acceptStatePort } from './ports';
import { acceptProgressPort } from './progress';
import { reconcile } from './reconcile';
import { route } from './router';
import { identifySender } from './sender';
import { sourceDeps } from './source-handlers';
import { syncAllSources } from './source-sync';
import { takeOverOnUpdate } from './take-over';

const now = () => new Date();
const hooks = { now, onChecked: () => void reconcile(now) };
const context = {
  now,
  reconcile: () => reconcile(now),
  check: (ids: string[]) => checkProfiles(ids, hooks),
};

function logFailure(what: string) {
  return (error: unknown) =>
    console.error(`Reconnect Radar: ${what} failed`, error instanceof Error ? error.name : typeof error);
}

/**
 * Wires the background. Every listener is registered synchronously, before any await: MV3 delivers the
 * event that woke the worker only to listeners that exist by then.
 */
export function startBackground(): void {
  // Before any other listener: an update's install event must reach it (see take-over.ts).
  takeOverOnUpdate();
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, context));

  browser.runtime.onConnect.addListener((port) => {
    const sender = identifySender(port.sender ?? {});
    // Progress is for our own pages only: a banner has no use for it.
    if (port.name === PROGRESS_PORT && sender?.kind === 'extension-page') return acceptProgressPort(port);
    if (port.name !== STATE_PORT || !sender) {
      port.disconnect();
      return;
    }
    acceptStatePort(port);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM) {
      // Each tool at most every 15 minutes, whatever the period (MIN_SYNC_INTERVAL_MS).
      void syncAllSources(sourceDeps(context), 'due').catch(logFailure('publishing tool sync'));
    }
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) {
      void checkDueProfiles(hooks, alarm.name === PERIODIC_ALARM ? 'periodic' : 'retry')
        .then(() => reconcile(now))
        .catch(logFailure('periodic check'));
    } else if (alarm.name === STATUS_ALARM) {
      void reconcile(now).catch(logFailure('status update'));
    } else if (alarm.name === DIGEST_ALARM) {
      void runDigest({ now }).catch(logFailure('weekly digest'));
    }
  });

  browser.runtime.onInstalled.addListener((details) => {
    void reconcile(now).catch(logFailure('install'));
    // First run: the welcome page shows the three ways in (a tool, a file, by hand).
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(logFailure('welcome'));
    }
  });
  browser.runtime.onStartup.addListener(() => void reconcile(now).catch(logFailure('start-up')));

  browser.notifications.onClicked.addListener(
    (id) => void (isDigestNotification(id) ? openTimeline(id) : openProfileFromNotification(id)),
  );
  browser.notifications.onButtonClicked?.addListener((id, button) => void notificationButton(id, button));

  // Every cold start: re-apply the badge and alarms, and finish a check cycle a stopped worker left behind.
  void reconcile(now)
    .then(() => resumePendingChecks(hooks))
    .catch(logFailure('cold start'));
  // A worker asleep at Monday 09:00 sends the week's digest at its next wake-up that day.
  void runDigest({ now }).catch(logFailure('weekly digest'));
}

async function openProfileFromNotification(notificationId: string): Promise<void> {
  const [first] = await notificationTargets(notificationId);
  const hash = first ? `#profile=${encodeURIComponent(first)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) });
  await browser.notifications.clear(notificationId);
}

async function notificationButton(notificationId: string, button: number): Promise<void> {
  const ids = await notificationTargets(notificationId);
  if (button === 0) {
    const profile = ids.length === 1 ? await getProfile(ids[0]!) : undefined;
    if (profile) await browser.tabs.create({ url: reconnectTarget(profile) });
    else await openProfileFromNotification(notificationId);
  } else {
    const state = await reconcile(now);
    const until = new Date(now().getTime() + 86_400_000).toISOString();
    for (const entry of state.entries.filter((e) => ids.includes(e.profile.id))) {
      await updateProfile(entry.profile.id, (p) => ({
        ...p,
        snooze: { until, status: entry.verdict.status },
      }));
    }
    await reconcile(now);
  }
  await browser.notifications.clear(notificationId);
}
