import { reconcile } from '@/lib/background/reconcile';
import { route } from '@/lib/background/router';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import type { RequestOf, RequestType, Response } from '@/lib/messaging/protocol';

export const EXTENSION_PAGE = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/options.html',
};

/** A clock a test can move. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set(iso: string) {
      now = new Date(iso);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export function backgroundFor(
  clock: { now: () => Date },
  check: (ids: string[]) => Promise<number> = async () => 0,
  sources?: SourceSyncDeps,
) {
  const ctx = { now: clock.now, reconcile: () => reconcile(clock.now), check, sources };
  return {
    ctx,
    /** Sends a request as an extension page would. */
    async request<T extends RequestType>(request: RequestOf<T>, sender: object = EXTENSION_PAGE) {
      return (await route(request, sender, ctx)) as Response<T>;
    },
    async data<T extends RequestType>(request: RequestOf<T>) {
      const response = (await route(request, EXTENSION_PAGE, ctx)) as Response<T>;
      if (!response.ok) throw new Error(`${request.type} failed: ${response.error}`);
      return response.data;
    },
  };
}
