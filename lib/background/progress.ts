import type { Browser } from 'wxt/browser';
import type { ProgressEvent, WorkKind, WorkProgress } from '../messaging/progress';
import { progressEventSchema } from '../messaging/progress-schema';

type Port = Browser.runtime.Port;

/**
 * How often a running piece of work is pushed to pages at most: a thousand answers arrive some 15 ms apart,
 * and a page needs no more than a few frames a second of them. A start, a stop and an end go at once.
 */
export const PUSH_MS = 250;

const work = new Map<WorkKind, WorkProgress>();
const stoppers = new Map<WorkKind, () => Promise<void>>();
const ports = new Set<Port>();
let lastPush = Number.NEGATIVE_INFINITY;
let pushTimer: ReturnType<typeof setTimeout> | undefined;
let pushSoon = false;

/** The work running now, or the last that ended, of each kind: what a page that asks now is told. */
export function currentProgress(): ProgressEvent {
  return { type: 'progress', work: [...work.values()].map((w) => ({ ...w })) };
}

/** A page listens; it hears at once how things stand. Only extension pages may open this port. */
export function acceptProgressPort(port: Port): void {
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener(() => undefined);
  post(port, currentProgress());
}

function post(port: Port, event: ProgressEvent): void {
  // Checked on the way out: a page trusts what passes here (and reads it again with `readProgressEvent`).
  const checked = progressEventSchema.safeParse(event);
  if (!checked.success) {
    console.error('Reconnect Radar: progress event refused', checked.error.issues[0]?.path.join('.'));
    return;
  }
  try {
    port.postMessage(checked.data);
  } catch {
    ports.delete(port);
  }
}

function pushNow(): void {
  clearTimeout(pushTimer);
  pushTimer = undefined;
  lastPush = performance.now();
  const event = currentProgress();
  for (const port of ports) post(port, event);
}

/**
 * Pushes to pages: when `urgent`, once the current task is done (a whole queue joins a pass in one loop: one
 * event, not one per check), else at most every `PUSH_MS`.
 */
function push(urgent: boolean): void {
  const since = performance.now() - lastPush;
  if (urgent || (pushTimer === undefined && since >= PUSH_MS)) {
    if (pushSoon) return;
    pushSoon = true;
    queueMicrotask(() => {
      pushSoon = false;
      pushNow();
    });
  } else {
    pushTimer ??= setTimeout(pushNow, PUSH_MS - since);
  }
}

/**
 * Records how a piece of work stands. `stop` is how it is stopped (registered with its start). A change of
 * phase (started, stopping, ended) is pushed at once; counts going up, at most every `PUSH_MS`.
 */
export function reportWork(next: WorkProgress, stop?: () => Promise<void>): void {
  const before = work.get(next.kind);
  work.set(next.kind, { ...next });
  if (stop) stoppers.set(next.kind, stop);
  if (next.phase === 'stopped' || next.phase === 'done') stoppers.delete(next.kind);
  push(before?.phase !== next.phase || before.startedAt !== next.startedAt);
}

/** Forgets work of `kind` that failed before it did anything (pages stop showing it). */
export function dropWork(kind: WorkKind): void {
  if (!work.delete(kind)) return;
  stoppers.delete(kind);
  push(true);
}

/** Stops the running work of `kind`; `false` when none runs. */
export async function stopWork(kind: WorkKind): Promise<boolean> {
  const stop = stoppers.get(kind);
  if (!stop) return false;
  stoppers.delete(kind);
  await stop();
  return true;
}
