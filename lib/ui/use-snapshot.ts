import { useEffect, useRef, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { STATE_PORT, type StateChangedEvent } from '@/lib/messaging/state-port';
import type { StateSnapshot } from '@/lib/messaging/views';

export interface SnapshotState {
  snapshot?: StateSnapshot;
  error?: string;
  /** After a failed read: another is due by itself shortly (until `READ_RETRIES_MS` is used up). */
  retrying: boolean;
  /** Reads the state again; resolves once the page holds the newest answer. */
  refresh(): Promise<void>;
  /** *Try again* after a failure: reads now, and tries again by itself as after a first failure. */
  retry(): Promise<void>;
}

/** Countdowns and "checked 5 min ago" stay right while a page is in view. */
const CLOCK_REFRESH_MS = 60_000;
/** The service worker may stop; its port closes then, and a page in view opens a new one shortly. */
const RECONNECT_MS = 500;

/**
 * A read that has no answer by then has failed: after an update, a request can reach a worker that never
 * answers it (see tests/e2e/update.test.ts), and the page would say "Loading…" forever. A read of 1,000
 * profiles takes well under a second.
 */
export const READ_TIMEOUT_MS = 8_000;
/** A failed read is tried again by itself after each of these pauses, then only by *Try again*. */
export const READ_RETRIES_MS = [1_000, 3_000, 9_000] as const;

/** A page that paints nothing (hidden) asks for the whole list after this long all the same. */
const AFTER_PAINT_MAX_MS = 100;

const visible = () => document.visibilityState === 'visible';

/** The first `get-state`, when a page sent it before its first render (see {@link requestStateEarly}). */
let early: Promise<StateSnapshot> | undefined;

/**
 * Sends the page's first `get-state` now, while the page still loads and renders, instead of from the
 * first effect after the first paint; the page's first read then takes this answer. With `first`, that
 * answer holds only the most urgent profiles (what a first screen shows) and the whole list is read next.
 */
export function requestStateEarly(first?: number): void {
  early ??= send(first === undefined ? { type: 'get-state' } : { type: 'get-state', first });
  // Read (and reported) by the first read; this only keeps a failure from counting as unhandled meanwhile.
  early.catch(() => undefined);
}

/** After the next frame is painted, or a short while when the page is not painting (hidden). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, AFTER_PAINT_MAX_MS);
    // The frame callback runs before that frame paints; the task it queues, after.
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * Reads the state one request at a time. A change announced while a read is under way causes one more
 * read afterwards, so bursts of announcements cost at most two reads, and the newest answer wins.
 */
/** `answer`, or a failure saying the background did not answer once `READ_TIMEOUT_MS` have passed. */
function answerInTime<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(browser.i18n.getMessage('loadNoAnswer') || 'loadNoAnswer')),
      READ_TIMEOUT_MS,
    );
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

interface ReaderHooks {
  apply(s: StateSnapshot): void;
  /** A read failed; `retrying`: another is scheduled by itself. */
  fail(message: string, retrying: boolean): void;
}

function createReader({ apply, fail }: ReaderHooks) {
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const loop = async () => {
    clearTimeout(retry);
    do {
      again = false;
      try {
        const answer = early ?? send({ type: 'get-state' });
        early = undefined;
        const read = await answerInTime(answer);
        failures = 0;
        apply(read);
        // A first answer (a few rows): the whole list next, once those rows are on screen. Asked at once,
        // the background would build and send the whole list while the page renders its first frame.
        if (read.partial) {
          await afterPaint();
          again = true;
        }
      } catch (e) {
        const pause = READ_RETRIES_MS[failures];
        failures += 1;
        fail(e instanceof Error ? e.message : String(e), pause !== undefined);
        // Bounded: a background that keeps failing is not asked forever; *Try again* starts afresh.
        if (pause !== undefined && !again) retry = setTimeout(() => void read(), pause);
      }
    } while (again);
    running = undefined;
  };
  const read = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = loop();
    return running;
  };
  /** *Try again*: a read now, with the automatic retries counted afresh. */
  const retryNow = (): Promise<void> => {
    failures = 0;
    return read();
  };
  return { read, retryNow };
}

/**
 * The background's state, kept current: `get-state` once, then again whenever the background says on
 * the state port that something changed, and once a minute while the page is in view.
 */
export function useSnapshot(): SnapshotState {
  const [snapshot, setSnapshot] = useState<StateSnapshot>();
  const [error, setError] = useState<string>();
  const [retrying, setRetrying] = useState(false);
  const reader = useRef<ReturnType<typeof createReader>>();
  reader.current ??= createReader({
    apply: (s) => {
      setSnapshot(s);
      setError(undefined);
      setRetrying(false);
    },
    fail: (message, again) => {
      setError(message);
      setRetrying(again);
    },
  });
  const { read: refresh, retryNow } = reader.current;

  useEffect(() => {
    let port: Browser.runtime.Port | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const open = () => {
      port = browser.runtime.connect({ name: STATE_PORT });
      port.onMessage.addListener((message: unknown) => {
        if ((message as StateChangedEvent | undefined)?.type === 'state-changed') void refresh();
      });
      port.onDisconnect.addListener(() => {
        port = undefined;
        // Nothing changes while the worker sleeps but what an alarm wakes it for: a page in view
        // listens again at once; a hidden one waits until it is looked at.
        if (!closed && visible()) timer = setTimeout(reopen, RECONNECT_MS);
      });
    };
    const reopen = () => {
      if (closed || port) return;
      open();
      void refresh();
    };
    const onVisibility = () => {
      if (visible()) reopen();
    };
    open();
    void refresh();
    const clock = setInterval(() => {
      if (visible()) void refresh();
    }, CLOCK_REFRESH_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      closed = true;
      clearTimeout(timer);
      clearInterval(clock);
      document.removeEventListener('visibilitychange', onVisibility);
      port?.disconnect();
    };
  }, [refresh]);

  return { snapshot, error, retrying, refresh, retry: retryNow };
}
