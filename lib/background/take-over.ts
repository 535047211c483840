/**
 * An update's new worker takes over once the previous one stops, instead of waiting behind it for good.
 * Measured in Chromium (tests/e2e/update.test.ts): when the browser starts on an extension folder holding a
 * newer version, it starts the previous version's worker and leaves the new one *waiting*; without this, the
 * previous version stays the active one through its stops and starts, and keeps running the old code (0.1.0's
 * then answers every request with a `VersionError`, or the new pages' requests with "Malformed request").
 * `skipWaiting()` at install lets the new version become the active one as soon as the old one stops
 * (https://developer.mozilla.org/docs/Web/API/ServiceWorkerGlobalScope/skipWaiting). Firefox's background is
 * an event page, not a service worker: there is nothing to take over there.
 */
interface WorkerScope {
  skipWaiting?: () => Promise<void>;
  addEventListener(
    type: 'install',
    listener: (event: { waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
}

export function takeOverOnUpdate(): void {
  const scope = globalThis as unknown as WorkerScope;
  if (typeof scope.skipWaiting !== 'function') return;
  scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting!()));
}
