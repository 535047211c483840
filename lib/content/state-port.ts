import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { STATE_PORT, type StateChangedEvent } from '../messaging/state-port';

const ORPHAN_RECHECK_MS = 1000;

function isStateChanged(message: unknown): message is StateChangedEvent {
  return (message as StateChangedEvent | undefined)?.type === 'state-changed';
}

/**
 * Calls `onChange` whenever the background says its state changed, over the state port.
 *
 * When the port closes: with no runtime id the extension was updated, reloaded or disabled, and the
 * context is invalidated (the banner removes itself). Otherwise the service worker merely stopped (MV3
 * stops it when idle); nothing changes while it sleeps, so the port is opened again (with one re-read)
 * only when the person comes back to the tab — no timer, and no keeping the worker awake.
 */
export function watchState(ctx: ContentScriptContext, onChange: () => void): void {
  let port: Browser.runtime.Port | undefined;

  const open = () => {
    try {
      port = browser.runtime.connect({ name: STATE_PORT });
    } catch {
      // "Extension context invalidated": reading isInvalid notifies the context.
      void ctx.isInvalid;
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      if (isStateChanged(message) && ctx.isValid) onChange();
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      // Chromium may clear the runtime id of an unloaded extension a moment after the port closes: look
      // again once, a little later (a one-shot timer, gone with the context).
      if (!ctx.isInvalid) setTimeout(() => void ctx.isInvalid, ORPHAN_RECHECK_MS);
    });
  };

  const reopen = () => {
    if (port || ctx.isInvalid || document.visibilityState !== 'visible') return;
    open();
    onChange();
  };

  open();
  ctx.addEventListener(document, 'visibilitychange', reopen);
  ctx.addEventListener(window, 'focus', reopen);
  ctx.addEventListener(window, 'pageshow', reopen);
  ctx.onInvalidated(() => {
    port?.disconnect();
    port = undefined;
  });
}
