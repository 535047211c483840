import type { Page, Worker } from 'playwright-core';
import { startWorld } from '../tests/fake-platforms';
import { launchForBench } from './launch';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
};

export const ORGANIZATIONS = 10;
export const CHANNELS = 1_000;
/** Every 10th channel is disconnected in Buffer: the badge then reads 100. */
const BROKEN_EVERY = 10;
const KEY = 'BUFFER-BENCH-KEY-0001';

export interface SourceSyncResult {
  organizations: number;
  channels: number;
  /** Connect (validate + first sync): from the last Buffer answer to the badge showing the count. */
  connectLastAnswerToBadgeMs: number;
  connectRequests: number;
  connectMs: number;
  /** A later Sync now in which half the broken channels came back. */
  resyncLastAnswerToBadgeMs: number;
  resyncRequests: number;
  resyncMs: number;
}

/** Polls the badge inside the worker every 2 ms and remembers (Date.now) when it first reads `text`. */
async function watchBadge(worker: Worker, text: string): Promise<void> {
  await worker.evaluate((want) => {
    const g = globalThis as { __benchBadgeAt?: number };
    g.__benchBadgeAt = undefined;
    const timer = setInterval(async () => {
      if ((await chrome.action.getBadgeText({})) === want) {
        g.__benchBadgeAt = Date.now();
        clearInterval(timer);
      }
    }, 2);
  }, text);
}

const badgeAt = (worker: Worker) =>
  worker.evaluate(() => (globalThis as { __benchBadgeAt?: number }).__benchBadgeAt);

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

    for (let i = 0; i < CHANNELS; i += BROKEN_EVERY * 2) buffer.flip(`ch-${i}`);
    world.clearLog();
    await watchBadge(worker, String(CHANNELS / BROKEN_EVERY / 2));
    const resync = await timedSend(page, { type: 'source-sync', id: source.id });
    const resyncBadge = await waitForBadge(worker);
    return {
      organizations: ORGANIZATIONS,
      channels: CHANNELS,
      connectLastAnswerToBadgeMs: connectBadge - connectLast,
      connectRequests,
      connectMs: connect.ms,
      resyncLastAnswerToBadgeMs: resyncBadge - lastAnswer(),
      resyncRequests: world.requests({ host: 'api.buffer.com' }).length,
      resyncMs: resync.ms,
    };
  } finally {
    await h.close();
    await world.close();
  }
}

async function waitForBadge(worker: Worker): Promise<number> {
  for (let i = 0; i < 500; i++) {
    const at = await badgeAt(worker);
    if (at !== undefined) return at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('The badge never showed the expected count');
}
