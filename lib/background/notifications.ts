import { type Browser, browser } from 'wxt/browser';
import { STATUSES, type Status } from '../domain/token-status';
import { platform } from '../platforms';
import { readMeta, writeMeta } from '../storage/meta-store';
import { notificationLine, notificationTitle } from './notification-text';
import type { BackgroundState, Evaluated } from './state';
import { catalogueLocale, translate } from './translate';

const MEMORY_KEY = 'notified-statuses';
const TARGETS_KEY = 'notification-targets';
const KEEP_TARGETS = 20;

export type Transition = 'expiring' | 'expired' | 'disconnected' | 'recovered';

/**
 * Which status changes deserve a notification. `undefined`: none. A recovery is announced only when
 * `proven` (a live check said the token works); otherwise the status changes silently. Pure.
 */
export function transitionOf(before: Status, after: Status, proven = false): Transition | undefined {
  if (before === after) return undefined;
  if (after === 'expired' || after === 'disconnected') return after;
  if (after === 'expiring' && (before === 'ok' || before === 'unknown')) return 'expiring';
  if (after === 'ok' && (before === 'expired' || before === 'disconnected')) {
    return proven ? 'recovered' : undefined;
  }
  return undefined;
}

/**
 * A check proved the connection works: the latest verdict is a valid answer, and nobody changed the profile
 * after it (a removed token, "I reconnected it", an edited date or an import make a status OK unproven).
 */
export function recoveryProven(profile: Evaluated['profile']): boolean {
  const verdict = profile.lastVerdict;
  return verdict?.outcome === 'valid' && Date.parse(verdict.at) >= Date.parse(profile.updatedAt);
}

const statusSet = new Set<string>(STATUSES);
function parseMemory(raw: unknown): Record<string, Status> {
  const memory: Record<string, Status> = {};
  if (typeof raw !== 'object' || raw === null) return memory;
  for (const [id, status] of Object.entries(raw))
    if (statusSet.has(status as string)) memory[id] = status as Status;
  return memory;
}

function parseTargets(raw: unknown): Record<string, string[]> {
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string'),
    ),
  );
}

interface Change {
  entry: Evaluated;
  transition: Transition;
}

/**
 * Notifies once per status transition. The memory of what was last announced is written before the
 * notification is shown, so a worker restarted in between never announces the same transition twice.
 */
export async function notifyTransitions(state: BackgroundState): Promise<void> {
  const memory = await readMeta(MEMORY_KEY, parseMemory);
  const next: Record<string, Status> = {};
  const changes: Change[] = [];
  for (const entry of state.entries) {
    const { profile, verdict } = entry;
    const before = memory[profile.id];
    if (verdict.snoozed || verdict.gone) {
      // Keep the old memory: when the snooze ends, a change that happened meanwhile is announced then.
      // A channel its publishing tool no longer lists is not announced at all (issue 10).
      if (before) next[profile.id] = before;
      continue;
    }
    next[profile.id] = verdict.status;
    const transition = before ? transitionOf(before, verdict.status, recoveryProven(profile)) : undefined;
    if (transition) changes.push({ entry, transition });
  }
  // Reconciles are frequent (every page read, every stored check): write only when something moved.
  if (!sameMemory(memory, next)) await writeMeta(MEMORY_KEY, next);
  if (!changes.length || !state.settings.notifications) return;
  await show(changes);
}

function sameMemory(a: Record<string, Status>, b: Record<string, Status>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((id) => a[id] === b[id]);
}

function line({ entry, transition }: Change): string {
  const { profile, verdict } = entry;
  return notificationLine(translate, {
    name: profile.name,
    platformName: platform(profile.platform).displayName,
    transition,
    reason: verdict.reason,
    tool: verdict.reasonTool,
  });
}

async function show(changes: Change[]): Promise<void> {
  const id = `reconnect-radar-${Date.now()}`;
  const needsAction = changes.some((c) => c.transition !== 'recovered');
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notificationTitle(
      translate,
      catalogueLocale(),
      changes.map((c) => c.transition),
    ),
    message: changes.map(line).join('\n'),
    priority: needsAction ? 2 : 0,
  };
  // Firefox notifications have no buttons; a click there opens the popup's profile instead.
  if (!import.meta.env.FIREFOX && needsAction) {
    options.buttons = [
      { title: translate(changes.length === 1 ? 'actionReconnect' : 'i18n_notifyShowProfiles') },
      { title: translate('actionSnooze1') },
    ];
  }
  const targets = await readMeta(TARGETS_KEY, parseTargets);
  targets[id] = changes.map((c) => c.entry.profile.id);
  const kept = Object.entries(targets).slice(-KEEP_TARGETS);
  await writeMeta(TARGETS_KEY, Object.fromEntries(kept));
  await browser.notifications.create(id, options);
}

/** The profiles a notification was about (kept across worker restarts). */
export async function notificationTargets(notificationId: string): Promise<string[]> {
  const targets = await readMeta(TARGETS_KEY, parseTargets);
  return targets[notificationId] ?? [];
}

/** Forgets a deleted profile so that a new profile never inherits its memory. */
export async function forgetNotified(profileIds: string[] | 'all'): Promise<void> {
  if (profileIds === 'all') return writeMeta(MEMORY_KEY, {});
  const memory = await readMeta(MEMORY_KEY, parseMemory);
  for (const id of profileIds) delete memory[id];
  await writeMeta(MEMORY_KEY, memory);
}
