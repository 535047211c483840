import type { Worker } from 'playwright-core';

/** What the evaluated functions use inside the extension's worker. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

/**
 * When the badge first shows a count, read inside the worker: `watchBadge` polls the badge every 2 ms and
 * remembers (Date.now) when it first reads `text`; `waitForBadge` waits for that moment and returns it. The
 * sync scenarios time "last answer → badge" with it.
 */
export async function watchBadge(worker: Worker, text: string): Promise<void> {
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

export async function waitForBadge(worker: Worker): Promise<number> {
  for (let i = 0; i < 500; i++) {
    const at = await worker.evaluate(() => (globalThis as { __benchBadgeAt?: number }).__benchBadgeAt);
    if (at !== undefined) return at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('The badge never showed the expected count');
}
