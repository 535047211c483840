import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { STATE_PORT, type StateChangedEvent } from '@/lib/messaging/state-port';
import type { StateSnapshot } from '@/lib/messaging/views';

export interface SnapshotState {
  snapshot?: StateSnapshot;
  error?: string;
  refresh(): Promise<void>;
}

/** Countdowns and "checked 5 min ago" stay right while a page stays open. */
const CLOCK_REFRESH_MS = 60_000;
/** The service worker may stop; its port closes then, and we open a new one after a short pause. */
const RECONNECT_MS = 500;

/**
 * The background's state, kept current: `get-state` once, then again whenever the background says
 * on the state port that something changed (and once a minute for the clock).
 */
export function useSnapshot(): SnapshotState {
  const [snapshot, setSnapshot] = useState<StateSnapshot>();
  const [error, setError] = useState<string>();
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await send({ type: 'get-state' });
      if (ticket !== latest.current) return;
      setSnapshot(next);
      setError(undefined);
    } catch (e) {
      if (ticket !== latest.current) return;
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

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
        if (closed) return;
        timer = setTimeout(() => {
          open();
          void refresh();
        }, RECONNECT_MS);
      });
    };
    open();
    void refresh();
    const clock = setInterval(() => void refresh(), CLOCK_REFRESH_MS);
    return () => {
      closed = true;
      clearTimeout(timer);
      clearInterval(clock);
      port?.disconnect();
    };
  }, [refresh]);

  return { snapshot, error, refresh };
}
