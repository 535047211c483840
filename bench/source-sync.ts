import type { Page } from 'playwright-core';
import { startWorld } from '../tests/fake-platforms';
import { waitForBadge, watchBadge } from './badge-watch';
import { launchForBench } from './launch';
import { type Spread, spreadOf, TIMING_RUNS } from './spread';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

export const ORGANIZATIONS = 10;
export const CHANNELS = 1_000;
/** Every 10th channel is disconnected in Buffer: the badge then reads 100. */
const BROKEN_EVERY = 10;
const KEY = 'BUFFER-BENCH-KEY-0001';

export interface SourceSyncResult {
  organizations: number;
  channels: number;
  /** Connect (validate + first sync): from the last Buffer answer to the badge showing the count. One run: a
   * tool is connected once. */
  connectLastAnswerToBadgeMs: number;
  connectRequests: number;
  connectMs: number;
  /** Later Syncs now, each flipping half the broken channels (back, then broken again, …). */
  resyncLastAnswerToBadgeMs: Spread;
  /** Requests of the Sync now that made the most. */
  resyncRequests: number;
  resyncMs: Spread;
}

async function timedSend(page: Page, message: unknown): Promise<{ ms: number; response: unknown }> {
  return page.evaluate(async (m) => {
    const start = performance.now();
    const response = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - start, response };
  }, message);
}

/**
 * Buffer with 1,000 channels over 10 organizations, through the fake world on api.buffer.com: connect
 * (which syncs), then Sync now. Times from the world's last answer to the badge, and counts requests.
 */
export async function benchSourceSync(extensionDir: string): Promise<SourceSyncResult> {
  const world = await startWorld();
  const h = await launchForBench(extensionDir, world.port);
  try {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setOrganizations(
      Array.from({ length: ORGANIZATIONS }, (_, i) => ({ id: `org-${i}`, name: `Bench Team ${i}` })),
    );
    buffer.setChannels(
      Array.from({ length: CHANNELS }, (_, i) => ({
        id: `ch-${i}`,
        service: ['facebook', 'instagram', 'linkedin', 'twitter'][i % 4]!,
        name: `Bench Channel ${i}`,
        handle: `bench${i}`,
        organization: `org-${i % ORGANIZATIONS}`,
        state: i % BROKEN_EVERY === 0 ? ('disconnected' as const) : ('connected' as const),
      })),
    );
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('manifest.json'));
    const lastAnswer = () => Math.max(...world.requests({ host: 'api.buffer.com' }).map((r) => r.at));

    world.clearLog();
    await watchBadge(worker, String(CHANNELS / BROKEN_EVERY));
    const connect = await timedSend(page, { type: 'source-connect', tool: 'buffer', key: KEY });
    const source = (connect.response as { data?: { source?: { id: string } } }).data?.source;
    if (!source) throw new Error(`connect failed: ${JSON.stringify(connect.response).slice(0, 300)}`);
    const connectBadge = await waitForBadge(worker);
    const connectRequests = world.requests({ host: 'api.buffer.com' }).length;
    const connectLast = lastAnswer();

    const toBadge: number[] = [];
    const resyncMs: number[] = [];
    let resyncRequests = 0;
    for (let run = 0; run < TIMING_RUNS; run++) {
      // Odd runs bring half the broken channels back (badge 50), even runs break them again (badge 100).
      for (let i = 0; i < CHANNELS; i += BROKEN_EVERY * 2) buffer.flip(`ch-${i}`);
      world.clearLog();
      await watchBadge(worker, String(run % 2 === 0 ? CHANNELS / BROKEN_EVERY / 2 : CHANNELS / BROKEN_EVERY));
      const resync = await timedSend(page, { type: 'source-sync', id: source.id });
      const resyncBadge = await waitForBadge(worker);
      toBadge.push(resyncBadge - lastAnswer());
      resyncMs.push(resync.ms);
      resyncRequests = Math.max(resyncRequests, world.requests({ host: 'api.buffer.com' }).length);
    }
    return {
      organizations: ORGANIZATIONS,
      channels: CHANNELS,
      connectLastAnswerToBadgeMs: connectBadge - connectLast,
      connectRequests,
      connectMs: connect.ms,
      resyncLastAnswerToBadgeMs: spreadOf(toBadge),
      resyncRequests,
      resyncMs: spreadOf(resyncMs),
    };
  } finally {
    await h.close();
    await world.close();
  }
}
