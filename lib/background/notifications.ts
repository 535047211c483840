import { type Browser, browser } from 'wxt/browser';
import { STATUSES, type Status } from '../domain/token-status';
import { platform } from '../platforms';
import { readMeta, writeMeta } from '../storage/meta-store';
import { notificationLine, notificationTitle } from './notification-text';
import { isBroken, newestReport, parseTimes, recoveryProven, SEEN_BROKEN_KEY } from './recovery-proof';
import { type BackgroundState, type Evaluated, postsAtRiskOf } from './state';
import { catalogueLocale, translate } from './translate';

const MEMORY_KEY = 'notified-statuses';
const TARGETS_KEY = 'notification-targets';
const KEEP_TARGETS = 20;

export type Transition = 'expiring' | 'expired' | 'disconnected' | 'recovered';

/**
 * Which status changes deserve a notification. `undefined`: none. A recovery is announced only when
 * `proven` (a check or a sync made after the profile was seen broken says it works, `recovery-proof.ts`);
 * otherwise the status changes silently. Pure.
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
  const seenBroken = await readMeta(SEEN_BROKEN_KEY, parseTimes);
  const next: Record<string, Status> = {};
  const nextBroken: Record<string, string> = {};
  const changes: Change[] = [];
  const now = state.now.getTime();
  for (const entry of state.entries) {
    const { profile, verdict } = entry;
    const before = memory[profile.id];
    // Broken, as last seen; without a mark (memory an older version wrote) from now on, never earlier.
    const mark = seenBroken[profile.id] ?? (before && isBroken(before) ? state.now.toISOString() : undefined);
    if (verdict.snoozed || verdict.gone) {
      // Keep the old memory: when the snooze ends, a change that happened meanwhile is announced then.
      // A channel its publishing tool no longer lists is not announced at all (issue 10).
      if (before) next[profile.id] = before;
      if (mark) nextBroken[profile.id] = mark;
      continue;
    }
    next[profile.id] = verdict.status;
    if (isBroken(verdict.status)) {
      // Still broken: a report that came meanwhile (a check, a sync) did not mend it, so it proves nothing later.
      const at = Math.max(mark ? Date.parse(mark) : now, newestReport(profile));
      nextBroken[profile.id] = new Date(at).toISOString();
    }
    const proven = mark !== undefined && recoveryProven(profile, Date.parse(mark));
    const transition = before ? transitionOf(before, verdict.status, proven) : undefined;
    if (transition) changes.push({ entry, transition });
  }
  // Reconciles are frequent (every page read, every stored check): write only when something moved.
  if (!sameMemory(memory, next)) await writeMeta(MEMORY_KEY, next);
  if (!sameMemory(seenBroken, nextBroken)) await writeMeta(SEEN_BROKEN_KEY, nextBroken);
  if (!changes.length || !state.settings.notifications) return;
  await show(changes, state.now);
}

function sameMemory(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((id) => a[id] === b[id]);
}

function line({ entry, transition }: Change, now: Date): string {
  const { profile, verdict } = entry;
  const posts = postsAtRiskOf(entry, now);
  return notificationLine(translate, {
    name: profile.name,
    platformName: platform(profile.platform).displayName,
    transition,
    reason: verdict.reason,
    tool: verdict.reasonTool,
    ...(posts ? { posts: { view: posts, status: verdict.status, now, locale: catalogueLocale() } } : {}),
  });
}

async function show(changes: Change[], now: Date): Promise<void> {
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
    message: changes.map((c) => line(c, now)).join('\n'),
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
  if (profileIds === 'all') {
    await writeMeta(SEEN_BROKEN_KEY, {});
    return writeMeta(MEMORY_KEY, {});
  }
  const memory = await readMeta(MEMORY_KEY, parseMemory);
  const seenBroken = await readMeta(SEEN_BROKEN_KEY, parseTimes);
  for (const id of profileIds) {
    delete memory[id];
    delete seenBroken[id];
  }
  await writeMeta(MEMORY_KEY, memory);
  await writeMeta(SEEN_BROKEN_KEY, seenBroken);
}
