import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { vi } from 'vitest';
import { worldHosts } from '../../fake-platforms/hosts';
import type { Badge, ChromeAlarm, ChromeApi } from './chrome-api';
import { chromiumArgs } from './chromium-args';
import { waitFor } from './wait-for';

declare const chrome: ChromeApi;

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /**
   * The fake platform world every real hostname resolves to. Without one, those hostnames resolve to a
   * closed local port: nothing the extension does reaches the internet either way.
   */
  world?: { port: number; hosts?: readonly string[] };
  /** The built extension; default `$RR_EXTENSION_DIR`, else `.output/chrome-mv3`. Nothing is built here. */
  extensionDir?: string;
  /** More Chromium flags. */
  args?: string[];
  /** Reuse this browser profile (see `restart`); by default a new temporary one. */
  profileDir?: string;
  /**
   * More environment for the browser process. The UI language on Linux comes from it, not from `--lang`:
   * `{ LANGUAGE: 'de', LANG: 'de_DE.UTF-8' }` makes `getUILanguage()` German (needs Debian's chromium-l10n).
   */
  env?: Record<string, string>;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** A new tab with the popup (popup.html), loaded. */
  openPopup(): Promise<Page>;
  /** A new tab with the options page (options.html), loaded. */
  openOptions(): Promise<Page>;
  /** A new tab at any URL (e.g. https://www.facebook.com/, served by the fake world). */
  openPage(url: string): Promise<Page>;
  /** The running service worker; starts it again (as an event would) when it was stopped. */
  worker(): Promise<Worker>;
  /** Runs `fn` inside the service worker (it sees `chrome`, `self`, the extension's globals). */
  evalInWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The toolbar badge: text, background colour as '#RRGGBB', tooltip. */
  badge(): Promise<Badge>;
  /** Stops the service worker through CDP (`ServiceWorker.stopAllWorkers`) and waits until it has stopped. */
  stopWorker(): Promise<void>;
  /** How many times the worker started again after a stop (whatever woke it). */
  workerStarts(): number;
  alarms(): Promise<ChromeAlarm[]>;
  /** Ids of the notifications currently shown. */
  notifications(): Promise<string[]>;
  /** Sends a protocol message from an extension page, as the popup would; returns the raw response. */
  send(message: unknown): Promise<unknown>;
  /** Closes every tab opened through the harness (popup, options, pages), e.g. between tests. */
  closeTabs(): Promise<void>;
  /**
   * Closes the browser and starts it again on the same profile (IndexedDB, alarms, the same extension id),
   * as after a computer restart. This harness is done; use the one returned.
   */
  restart(): Promise<ExtensionHarness>;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Launches Chromium with the built extension loaded and returns helpers to drive and inspect it. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run apt-get install -y chromium`);
  }
  const extensionDir = resolve(
    options.extensionDir ?? process.env.RR_EXTENSION_DIR ?? join('.output', 'chrome-mv3'),
  );
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}: build it first (npm run test:e2e does; or ` +
        'WXT_OUT_DIR=.output-NAME npx wxt build and RR_EXTENSION_DIR=.output-NAME/chrome-mv3)',
    );
  }
  // A real browser on a two-core machine shared with other test runs: `expect.poll` waits up to 10 s
  // (vitest's default of 1 s is for unit tests). Applies to the calling test file only.
  vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });
  // Port 9 (discard) is closed: without a world, mapped hostnames fail fast instead of going out.
  const port = options.world?.port ?? 9;
  const hosts = options.world?.hosts ?? worldHosts();
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'rr-e2e-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreHTTPSErrors: true,
      args: [...chromiumArgs(extensionDir, port, hosts), ...(options.args ?? [])],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
  } catch (error) {
    if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  // Fail in seconds, not Playwright's 30 s: every wait in these tests is for something local.
  context.setDefaultTimeout(10_000);
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(async () => {
      await context.close();
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
      throw new Error(
        `The extension in ${extensionDir} started no service worker within 15 s: is it a working build?`,
      );
    }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  // The CDP session lives on a blank tab of our own. Playwright keeps one Worker object across a worker's
  // stops and starts (it evaluates in whichever life is current), so the running status comes from CDP.
  const control = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(control);
  // Status per worker version: after an update, an old version may stop while the new one runs.
  const versions = new Map<string, string>();
  let running = true;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (v.scriptURL.startsWith(extensionUrl(''))) versions.set(v.versionId, v.runningStatus);
    }
    const now = [...versions.values()].includes('running');
    if (now && !running) starts += 1;
    running = now;
  });
  await cdp.send('ServiceWorker.enable');

  // After the extension is reloaded (an update), its worker is a new one: the newest of ours.
  const current = () => context.serviceWorkers().filter(isOurs).at(-1) ?? serviceWorker;
  async function worker(): Promise<Worker> {
    if (running) return current();
    // A stopped worker starts on its next event; if none comes by itself soon, start it as an event would.
    const soon = await waitFor(() => running, { timeout: 500, interval: 50 }).catch(() => false);
    if (!soon) await cdp.send('ServiceWorker.startWorker', { scopeURL: extensionUrl('') });
    await waitFor(() => running, { timeout: 10_000, interval: 50, message: 'the service worker to start' });
    return current();
  }

  // Extension pages may send messages: a tab showing the extension's manifest is one, with no UI of its own.
  let messenger: Page | undefined;
  async function messengerPage(): Promise<Page> {
    if (messenger && !messenger.isClosed()) return messenger;
    messenger = await context.newPage();
    await messenger.goto(extensionUrl('manifest.json'));
    return messenger;
  }

  async function evalInWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const run = async () => (await worker()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
    try {
      return await run();
    } catch (error) {
      // The worker stopped between finding it and running `fn` (MV3 stops idle workers): once more.
      if (!/closed|destroyed|detached/i.test(String(error))) throw error;
      return run();
    }
  }

  const opened = new Set<Page>();
  async function openPage(url: string): Promise<Page> {
    const page = await context.newPage();
    opened.add(page);
    page.once('close', () => opened.delete(page));
    await page.goto(url);
    return page;
  }

  return {
    context,
    extensionId,
    extensionDir,
    extensionUrl,
    openPopup: () => openPage(extensionUrl('popup.html')),
    openOptions: () => openPage(extensionUrl('options.html')),
    openPage,
    worker,
    evalInWorker,
    async badge() {
      const raw = await evalInWorker(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
      return { text: raw.text, color: toHex(raw.color), title: raw.title };
    },
    async stopWorker() {
      await worker();
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => !running, { timeout: 10_000, interval: 50, message: 'the service worker to stop' });
    },
    workerStarts: () => starts,
    alarms: () => evalInWorker(() => chrome.alarms.getAll()),
    notifications: () => evalInWorker(async () => Object.keys(await chrome.notifications.getAll())),
    async send(message) {
      const page = await messengerPage();
      return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    },
    async closeTabs() {
      await Promise.all([...opened].map((page) => page.close()));
    },
    async restart() {
      await context.close();
      return launchExtension({ ...options, extensionDir, profileDir });
    },
    async close() {
      await context.close().catch(() => {});
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
