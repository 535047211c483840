import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/chromium-args';
import { worldHosts } from '../tests/fake-platforms/hosts';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Debian Chromium with the built extension and every platform hostname mapped to the fake world: the same
 * flags as the e2e harness (docs/architecture.md, "Toolchain facts"). Its own launcher because the harness is made for
 * vitest (it sets vitest's `expect.poll` options) and the benchmark runs as a plain script.
 */
export async function launchForBench(extensionDir: string, worldPort: number): Promise<BenchBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'rr-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(extensionDir, worldPort, worldHosts()),
  });
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => {});
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
