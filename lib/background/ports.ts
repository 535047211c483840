import type { Browser } from 'wxt/browser';
import type { StateChangedEvent } from '../messaging/protocol';

type Port = Browser.runtime.Port;
const ports = new Set<Port>();
const changeListeners = new Set<() => void>();

/** Calls `listener` each time the background announces a change (before the ports hear of it). */
export function onStateChanged(listener: () => void): void {
  changeListeners.add(listener);
}

/** Keeps the ports pages and banners open to hear about changes; forgets them when they close. */
export function acceptStatePort(port: Port): void {
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  // Nobody may talk to the background over this port; it only carries change events outwards.
  port.onMessage.addListener(() => undefined);
}

export function broadcastStateChanged(): void {
  for (const listener of changeListeners) listener();
  const event: StateChangedEvent = { type: 'state-changed' };
  for (const port of ports) {
    try {
      port.postMessage(event);
    } catch {
      ports.delete(port);
    }
  }
}
