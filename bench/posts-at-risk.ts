import type { Page } from 'playwright-core';
import { startWorld } from '../tests/fake-platforms';
import { waitForBadge, watchBadge } from './badge-watch';
import { launchForBench } from './launch';
import { type Spread, spreadOf, TIMING_RUNS } from './spread';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const ORGANIZATIONS = 10;
const CHANNELS = 1_000;
/** One broken channel per organization, so the posts are asked once per organization. */
const BROKEN = 10;
const POSTS = 500;
const KEY = 'BUFFER-BENCH-KEY-POSTS';
const brokenId = (k: number) => `ch-${k * 101}`;

export interface PostsAtRiskResult {
  channels: number;
  broken: number;
  posts: number;
  /** Connect (validate + first sync, its posts included): last Buffer answer → badge. One run. */
  connectLastAnswerToBadgeMs: number;
  connectRequests: number;
  /** The count a broken profile shows after the sync (its 50 posts). */
  shownCount: number | null;
  /** Sync now, half the broken channels back then broken again: last answer → badge. */
  resyncLastAnswerToBadgeMs: Spread;
  resyncRequests: number;
}

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

/**
 * Issue 21's scenario: Buffer with 1,000 channels in 10 organizations, 10 of them broken (one per
 * organization) with 500 posts scheduled on them. Connect (the first sync asks the posts of the broken
 * channels), then Sync now: from the world's last answer (the last posts page) to the badge.
 */
export async function benchPostsAtRisk(extensionDir: string): Promise<PostsAtRiskResult> {
  const world = await startWorld();
  const h = await launchForBench(extensionDir, world.port);
  try {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setOrganizations(
      Array.from({ length: ORGANIZATIONS }, (_, i) => ({ id: `org-${i}`, name: `Team ${i}` })),
    );
    const broken = new Set(Array.from({ length: BROKEN }, (_, k) => brokenId(k)));
    buffer.setChannels(
      Array.from({ length: CHANNELS }, (_, i) => ({
        id: `ch-${i}`,
        service: ['facebook', 'instagram', 'linkedin', 'twitter'][i % 4]!,
        name: `Posts Channel ${i}`,
        handle: `posts${i}`,
        organization: `org-${i % ORGANIZATIONS}`,
        state: broken.has(`ch-${i}`) ? ('disconnected' as const) : ('connected' as const),
      })),
    );
    const start = Date.now();
    buffer.setPosts(
      Array.from({ length: POSTS }, (_, i) => ({
        id: `post-${i}`,
        channel: brokenId(i % BROKEN),
        dueAt: new Date(start + (i + 1) * 3_600_000).toISOString(),
        text: `Scheduled post number ${i} with some words to cut`,
      })),
    );
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('manifest.json'));
    const logged = () => world.requests({ host: 'api.buffer.com' });
    const lastAnswer = () => Math.max(...logged().map((r) => r.at));

    world.clearLog();
    await watchBadge(worker, String(BROKEN));
    const connect = (await send(page, { type: 'source-connect', tool: 'buffer', key: KEY })) as {
      data?: { source?: { id: string } };
    };
    const source = connect.data?.source;
    if (!source) throw new Error(`connect failed: ${JSON.stringify(connect).slice(0, 300)}`);
    const connectBadge = await waitForBadge(worker);
    const connectRequests = logged().length;
    const connectLast = lastAnswer();
    const state = (await send(page, { type: 'get-state' })) as {
      data: { profiles: { name: string; postsAtRisk?: { count: number | null } }[] };
    };
    const shown = state.data.profiles.find((p) => p.name === 'Posts Channel 0')?.postsAtRisk?.count ?? null;

    const toBadge: number[] = [];
    let resyncRequests = 0;
    for (let run = 0; run < TIMING_RUNS; run++) {
      for (let k = 0; k < BROKEN; k += 2) buffer.flip(brokenId(k));
      world.clearLog();
      await watchBadge(worker, String(run % 2 === 0 ? BROKEN / 2 : BROKEN));
      await send(page, { type: 'source-sync', id: source.id });
      toBadge.push((await waitForBadge(worker)) - lastAnswer());
      resyncRequests = Math.max(resyncRequests, logged().length);
    }
    return {
      channels: CHANNELS,
      broken: BROKEN,
      posts: POSTS,
      connectLastAnswerToBadgeMs: connectBadge - connectLast,
      connectRequests,
      shownCount: shown,
      resyncLastAnswerToBadgeMs: spreadOf(toBadge),
      resyncRequests,
    };
  } finally {
    await h.close();
    await world.close();
  }
}
