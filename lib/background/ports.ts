import type { Browser } from 'wxt/browser';
import type { StateChangedEvent } from '../messaging/protocol';

type Port = Browser.runtime.Port;
const ports = new Set<Port>();

/** Keeps the ports pages and banners open to hear about changes; forgets them when they close. */
export function acceptStatePort(port: Port): void {
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  // Nobody may talk to the background over this port; it only carries change events outwards.
  port.onMessage.addListener(() => undefined);
}

export function broadcastStateChanged(): void {
  const event: StateChangedEvent = { type: 'state-changed' };
  for (const port of ports) {
    try {
      port.postMessage(event);
    } catch {
      ports.delete(port);
    }
  }
}
