import type { CDPSession, Page } from 'playwright-core';
import { PER_HOST_LIMIT } from '../lib/background/http';
import { waitFor } from '../tests/e2e/harness/wait-for';
import { type FakeWorld, startWorld } from '../tests/fake-platforms';
import { importRequest } from '../tests/import-request';
import { type BenchBrowser, launchForBench } from './launch';
import { PAGE_RUNS, type Spread, spreadOf, TIMING_RUNS } from './spread';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const PROFILES = 1_000;
export const LATENCY_MS = 20;
/** One platform, one request per check, one API host: the ideal below is then exactly the brief's formula. */
const HOST = 'api.linkedin.com';
/** Every 20th token is revoked, so a few profiles need reconnecting (and the LinkedIn banner has a reason). */
export const REVOKED_EVERY = 20;

export interface CycleResult {
  profiles: number;
  checked: number;
  latencyMs: number;
  perHostLimit: number;
  /** Requests and most in flight at once, of the run that made the most. */
  requests: number;
  maxConcurrency: number;
  /** Each run: `check-now` of every token, from the message to its answer. */
  ms: Spread;
  idealMs: number;
  /** The median run over the ideal. */
  ratio: number;
  /** From the cycle's answer until `get-state` is answered within a second again. */
  busyAfterMs: Spread;
  /**
   * The floor: the same number of bare `fetch`es to the same endpoint from the same service worker, the same
   * number in flight and nothing else, run just before each timed cycle. What this machine and harness allow.
   */
  floorMs: Spread;
  /** The median cycle over the median floor. */
  overFloor: number;
}

export interface RenderResult {
  runs: number;
  /** performance.now() in the popup (0 = navigation start) when the first row existed. */
  firstRowMs: Spread;
  /** … when the 1,000th row existed (the list renders 6 rows at once, then 150 more per idle moment). */
  allRowsMs: Spread;
}

export interface BannerResult {
  runs: number;
  /** From the page's DOMContentLoaded to the first frame painted with the banner attached. */
  msAfterDomContentLoaded: Spread;
}

export interface MemoryResult {
  /** `Runtime.getHeapUsage().usedSize` of the service worker right after the cycle. */
  usedAfterCycle: number;
  /** `totalSize`: the heap V8 has reserved at that moment. */
  totalAfterCycle: number;
  /** `usedSize` after `HeapProfiler.collectGarbage`: what the worker keeps. */
  usedAfterGc: number;
  totalAfterGc: number;
}

export interface BrowserBenchResult {
  chromiumVersion: string;
  importMs: number;
  cycle: CycleResult;
  memory: MemoryResult;
  popup: RenderResult;
  banner: BannerResult | 'n/a (banner not built)' | string;
}

export function importFile(): { text: string; tokens: string[] } {
  const tokens: string[] = [];
  const profiles = Array.from({ length: PROFILES }, (_, i) => {
    const token = `AQBENCH-${String(i).padStart(4, '0')}-token`;
    tokens.push(token);
    return {
      platform: 'linkedin',
      name: `Bench Company ${i}`,
      kind: i % 2 ? 'organization' : 'user',
      handle: `bench-${i}`,
      publisher: 'Bench Publisher',
      // Spread the expiry dates so the popup shows every status colour.
      connectedAt: new Date(Date.now() - ((i * 7) % 70) * 86_400_000).toISOString(),
      accessToken: token,
    };
  });
  return { text: JSON.stringify({ format: 'reconnect-radar', version: 1, profiles }), tokens };
}

/** Sends a message from an extension page and times it there (performance.now()), in ms. */
async function timedSend(page: Page, message: unknown): Promise<{ ms: number; response: unknown }> {
  return page.evaluate(async (m) => {
    const start = performance.now();
    const response = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - start, response };
  }, message);
}

/**
 * A CDP session to the service worker target, non-flattened (Playwright opens sessions for pages only).
 * A worker target has no `Performance` domain, so memory comes from `Runtime.getHeapUsage`.
 */
async function workerSession(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!target) throw new Error('No service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let next = 1;
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined)
      pending.get(message.id)?.(message.error ? { error: message.error } : message.result);
  });
  return async <T>(method: string, params: object = {}): Promise<T> => {
    const id = next++;
    const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const result = (await answer) as T & { error?: unknown };
    if (result && typeof result === 'object' && 'error' in result && result.error) {
      throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    }
    return result;
  };
}

async function measureWorkerMemory(h: BenchBrowser, page: Page): Promise<MemoryResult> {
  const cdp = await h.context.newCDPSession(page);
  const send = await workerSession(cdp, h.extensionId);
  const usage = await send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
  await send('HeapProfiler.collectGarbage');
  const afterGc = await send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
  await cdp.detach();
  return {
    usedAfterCycle: usage.usedSize,
    totalAfterCycle: usage.totalSize,
    usedAfterGc: afterGc.usedSize,
    totalAfterGc: afterGc.totalSize,
  };
}

/** Records, from the first byte of the document, when the list gets its first and its last row. */
function watchRows(expected: number) {
  const marks = { first: -1, all: -1 };
  (globalThis as { __rows?: typeof marks }).__rows = marks;
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('ul.rows > li').length;
    if (rows > 0 && marks.first < 0) marks.first = performance.now();
    if (rows >= expected && marks.all < 0) {
      marks.all = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function popupRender(h: BenchBrowser, runs: number): Promise<RenderResult> {
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.context.newPage();
    await page.addInitScript(watchRows, PROFILES);
    await page.goto(h.extensionUrl('popup.html'));
    const marks = await waitFor(
      () =>
        page.evaluate(() => {
          const m = (globalThis as { __rows?: { first: number; all: number } }).__rows;
          return m && m.all >= 0 ? m : undefined;
        }),
      { timeout: 20_000, interval: 50, message: `${PROFILES} rows in the popup` },
    ).catch(async (error: unknown) => {
      const seen = await page.evaluate(() => ({
        marks: (globalThis as { __rows?: unknown }).__rows,
        rows: document.querySelectorAll('ul.rows > li').length,
        lis: document.querySelectorAll('li').length,
        text: document.body.textContent?.slice(0, 300),
      }));
      throw new Error(`${String(error)}; in the popup: ${JSON.stringify(seen)}`);
    });
    first.push(marks.first);
    all.push(marks.all);
    await page.close();
  }
  return { runs, firstRowMs: spreadOf(first), allRowsMs: spreadOf(all) };
}

/** Records when the banner's host element is attached, and the next painted frame after that. */
function watchBanner(tag: string) {
  const marks = { attached: -1, painted: -1 };
  (globalThis as { __banner?: typeof marks }).__banner = marks;
  const observer = new MutationObserver(() => {
    if (marks.attached >= 0 || !document.querySelector(tag)) return;
    marks.attached = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.painted = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function bannerAfterDomContentLoaded(h: BenchBrowser, runs: number): Promise<BannerResult | string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.context.newPage();
    await page.addInitScript(watchBanner, 'reconnect-radar-banner');
    await page.goto('https://www.linkedin.com/');
    const painted = await waitFor(
      () =>
        page.evaluate(() => {
          const m = (globalThis as { __banner?: { painted: number } }).__banner;
          const nav = performance.getEntriesByType('navigation')[0] as
            | PerformanceNavigationTiming
            | undefined;
          return m && m.painted >= 0 && nav ? m.painted - nav.domContentLoadedEventStart : undefined;
        }),
      { timeout: 15_000, interval: 50, message: 'the LinkedIn banner' },
    ).catch(() => undefined);
    await page.close();
    if (painted === undefined) return 'banner did not appear within 15 s';
    times.push(painted);
  }
  return { runs, msAfterDomContentLoaded: spreadOf(times) };
}

/**
 * The bare request loop, evaluated in the service worker: `count` requests with `fetchAnswer`'s options,
 * `inFlight` at a time, each slot starting its next request as soon as the previous answer is read.
 * Returns its duration in ms.
 */
function floorExpression(url: string, token: string, count: number, inFlight: number): string {
  return `(async () => {
    const start = performance.now();
    let started = 0;
    const slot = async () => {
      while (started < ${count}) {
        started++;
        const response = await fetch(${JSON.stringify(url)}, {
          headers: { Authorization: ${JSON.stringify(`Bearer ${token}`)} },
          credentials: 'omit', cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(10000),
        });
        await response.text();
      }
    };
    await Promise.all(Array.from({ length: ${inFlight} }, slot));
    return performance.now() - start;
  })()`;
}

async function measureFloor(h: BenchBrowser, page: Page, token: string): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  const send = await workerSession(cdp, h.extensionId);
  const { result } = await send<{ result: { value: number } }>('Runtime.evaluate', {
    expression: floorExpression(`https://${HOST}/v2/userinfo`, token, PROFILES, PER_HOST_LIMIT),
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value;
}

/**
 * Waits until the background answers `get-state` within a second again, and returns how long that took
 * from now (ms). After a cycle it is busy catching up: every stored check asks for a reconcile.
 */
async function untilResponsive(page: Page): Promise<number> {
  const start = performance.now();
  for (;;) {
    const { ms } = await timedSend(page, { type: 'get-state' });
    if (ms < 1000) return performance.now() - start;
    if (performance.now() - start > 600_000) throw new Error('The background stayed busy for 10 minutes');
  }
}

async function waitUntilChecked(page: Page, world: FakeWorld): Promise<void> {
  await waitFor(() => world.requests({ host: HOST }).length >= PROFILES, {
    timeout: 180_000,
    interval: 250,
    message: 'the checks the import started',
  });
  await waitFor(
    async () => {
      const { response } = await timedSend(page, { type: 'get-state' });
      const state = response as { data: { profiles: { lastCheck?: unknown }[] } };
      return state.data.profiles.every((p) => p.lastCheck) && world.inFlight(HOST) === 0;
    },
    { timeout: 60_000, interval: 500, message: 'every profile to have a stored check' },
  );
  // …and no request for two seconds: a pass still under way would join the timed one.
  let seen = -1;
  await waitFor(
    async () => {
      const now = world.requests({ host: HOST }).length;
      const quiet = now === seen;
      seen = now;
      return quiet;
    },
    { timeout: 120_000, interval: 2000, message: 'the import checks to stop' },
  );
}

/**
 * Drives the built extension in Debian Chromium against the fake platform world:
 * import 1,000 LinkedIn profiles with tokens, let the checks that import starts finish, then time one
 * `check-now` of all of them with 20 ms added to every answer; memory right after; popup and banner.
 */
export async function benchInBrowser(
  extensionDir: string,
  options: { bannerBuilt: boolean; renderRuns?: number },
): Promise<BrowserBenchResult> {
  const world = await startWorld();
  const h = await launchForBench(extensionDir, world.port);
  try {
    const chromiumVersion = h.context.browser()?.version() ?? 'unknown';
    const { text, tokens } = importFile();
    for (const [i, token] of tokens.entries()) {
      world.setToken(token, { platform: 'linkedin', state: i % REVOKED_EVERY === 0 ? 'revoked' : 'valid' });
    }
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('manifest.json'));
    // The periodic check (first one a minute after install) would add a second pass to the timed cycle.
    const settings = (await timedSend(page, { type: 'get-state' })).response as {
      data: { settings: object };
    };
    await timedSend(page, {
      type: 'save-settings',
      settings: { ...settings.data.settings, checkIntervalMinutes: 24 * 60 },
    });

    // The options page reads the file and sends its rows; the bench reads it here, untimed.
    const imported = await timedSend(page, importRequest('bench.json', text));
    if (!(imported.response as { ok?: boolean }).ok) {
      throw new Error(`Import failed: ${JSON.stringify(imported.response).slice(0, 300)}`);
    }
    await waitUntilChecked(page, world);
    await untilResponsive(page);

    // The same cycle TIMING_RUNS times: every run checks every token again, with 20 ms added to each answer.
    world.fault({ kind: 'delay', ms: LATENCY_MS });
    const cycleMs: number[] = [];
    const busyMs: number[] = [];
    const floorMs: number[] = [];
    let requests = 0;
    let maxConcurrency = 0;
    let checked = 0;
    let memory: MemoryResult | undefined;
    for (let run = 0; run < TIMING_RUNS; run++) {
      // Each run's floor just before it: a busy machine slows both alike.
      floorMs.push(await measureFloor(h, page, tokens[1]!));
      world.clearLog();
      const cycle = await timedSend(page, { type: 'check-now' });
      const response = cycle.response as { ok: boolean; data?: { checked: number } };
      if (!response.ok) throw new Error(`check-now failed: ${JSON.stringify(response)}`);
      memory ??= await measureWorkerMemory(h, page);
      busyMs.push(await untilResponsive(page));
      cycleMs.push(cycle.ms);
      requests = Math.max(requests, world.requests({ host: HOST }).length);
      maxConcurrency = Math.max(maxConcurrency, world.maxConcurrency(HOST));
      checked = response.data?.checked ?? 0;
    }
    world.clearFaults();

    const idealMs = (PROFILES / PER_HOST_LIMIT) * LATENCY_MS;
    const renderRuns = options.renderRuns ?? PAGE_RUNS;
    const popup = await popupRender(h, renderRuns);
    const banner = options.bannerBuilt
      ? await bannerAfterDomContentLoaded(h, renderRuns)
      : ('n/a (banner not built)' as const);
    return {
      chromiumVersion,
      importMs: imported.ms,
      cycle: {
        profiles: PROFILES,
        checked,
        latencyMs: LATENCY_MS,
        perHostLimit: PER_HOST_LIMIT,
        requests,
        maxConcurrency,
        ms: spreadOf(cycleMs),
        idealMs,
        ratio: spreadOf(cycleMs).median / idealMs,
        busyAfterMs: spreadOf(busyMs),
        floorMs: spreadOf(floorMs),
        overFloor: spreadOf(cycleMs).median / spreadOf(floorMs).median,
      },
      memory: memory!,
      popup,
      banner,
    };
  } finally {
    await h.close();
    await world.close();
  }
}
