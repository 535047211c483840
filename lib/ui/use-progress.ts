import { useEffect, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import { PROGRESS_PORT, readProgressEvent, type WorkProgress } from '@/lib/messaging/progress';

/** The service worker may stop; its port closes then, and a page in view listens again shortly. */
const RECONNECT_MS = 500;

/**
 * Long work as the background tells it (checks, syncs, imports), kept current: the background answers the
 * port's opening with how things stand, so a popup reopened mid-pass shows the same bar, then pushes changes.
 * An event that does not read as one (`readProgressEvent`) is ignored.
 */
export function useProgress(): WorkProgress[] {
  const [work, setWork] = useState<WorkProgress[]>([]);
  useEffect(() => {
    let port: Browser.runtime.Port | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const open = () => {
      if (closed || port) return;
      port = browser.runtime.connect({ name: PROGRESS_PORT });
      port.onMessage.addListener((message: unknown) => {
        const event = readProgressEvent(message);
        if (event) setWork(event.work);
      });
      port.onDisconnect.addListener(() => {
        port = undefined;
        if (!closed && document.visibilityState === 'visible') timer = setTimeout(open, RECONNECT_MS);
      });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') open();
    };
    open();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      closed = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      port?.disconnect();
    };
  }, []);
  return work;
}
