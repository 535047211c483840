import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeOverOnUpdate } from '@/lib/background/take-over';

type Listener = (event: { waitUntil(p: Promise<unknown>): void }) => void;
const scope = globalThis as unknown as { skipWaiting?: () => Promise<void>; addEventListener?: unknown };

afterEach(() => {
  delete scope.skipWaiting;
  vi.unstubAllGlobals();
});

describe('an update’s new worker takes over', () => {
  it('skips waiting when it is installed, and the install waits for that', async () => {
    const listeners: Record<string, Listener> = {};
    const skipWaiting = vi.fn(() => Promise.resolve());
    scope.skipWaiting = skipWaiting;
    vi.stubGlobal('addEventListener', (type: string, listener: Listener) => {
      listeners[type] = listener;
    });
    takeOverOnUpdate();
    expect(skipWaiting).not.toHaveBeenCalled();
    const waited: Promise<unknown>[] = [];
    listeners.install!({ waitUntil: (p) => waited.push(p) });
    expect(skipWaiting).toHaveBeenCalledOnce();
    expect(waited).toHaveLength(1);
    await expect(waited[0]).resolves.toBeUndefined();
  });

  it('does nothing where the background is no service worker (Firefox’s event page)', () => {
    const addEventListener = vi.fn();
    vi.stubGlobal('addEventListener', addEventListener);
    takeOverOnUpdate();
    expect(addEventListener).not.toHaveBeenCalled();
  });
});
