import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Badge } from '../harness/chrome-api';
import { clickAlert, type ShownAlert, shownAlerts } from '../harness/firefox/alerts';
import { launchFirefox } from '../harness/firefox/launch';
import type { BrowserDriver, DriverWorld } from './driver';
import { firefoxPage } from './firefox-page';

/** What the scripts below see in an extension page of the MV2 build. */
declare const browser: {
  browserAction: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
    getTitle(details: object): Promise<string>;
  };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const toHex = (rgb: readonly number[]) =>
  `#${rgb
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`.toUpperCase();

/**
 * The shared scenarios' driver for Firefox, over Marionette (tests/e2e/harness/firefox). One Marionette
 * session drives one tab at a time: each page switches to its own tab before every command.
 */
export interface FirefoxDriver extends BrowserDriver {
  /** Every notification Firefox was asked to show so far, with its number of buttons. */
  shownNotifications(): Promise<ShownAlert[]>;
  /** Clicks an open notification, as on the desktop. */
  clickNotification(id: string): Promise<void>;
  /** The address of every tab, those the extension opened included. */
  tabUrls(): Promise<string[]>;
}

export async function launchFirefoxDriver(world: DriverWorld): Promise<FirefoxDriver> {
  const hosts = new Set(world.hosts);
  const ff = await launchFirefox({ route: (host) => (hosts.has(host) ? world.port : undefined) });
  const m = ff.marionette;
  const files = await mkdtemp(join(tmpdir(), 'rr-firefox-files-'));
  const [home] = await m.value<string[]>('WebDriver:GetWindowHandles');
  let current = home!;
  const opened = new Set<string>();

  async function use(handle: string): Promise<void> {
    if (current === handle) return;
    await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
    current = handle;
  }

  async function openTab(url: string): Promise<string> {
    await use(home!);
    const { handle } = (await m.send('WebDriver:NewWindow', { type: 'tab', focus: true })) as {
      handle: string;
    };
    opened.add(handle);
    await use(handle);
    await m.send('WebDriver:Navigate', { url });
    return handle;
  }

  /** An extension page that sends messages and reads the badge (no UI of its own: an icon). */
  let messenger: string | undefined;
  async function inExtension<R>(fn: (...args: never[]) => R | Promise<R>, ...args: unknown[]) {
    if (!messenger || !opened.has(messenger)) messenger = await openTab(ff.extensionUrl('icon/16.png'));
    await use(messenger);
    return m.run(fn, ...args);
  }

  async function closeTab(handle: string): Promise<void> {
    if (handle === home) return;
    opened.delete(handle);
    await use(handle);
    await m.send('WebDriver:CloseWindow');
    current = '';
    await use(home!);
  }

  const driver: FirefoxDriver = {
    browserName: 'firefox',
    version: ff.version,
    openPopup: async () =>
      firefoxPage(ff, await openTab(ff.extensionUrl('popup.html')), use, closeTab, files),
    openOptions: async () =>
      firefoxPage(ff, await openTab(ff.extensionUrl('options.html')), use, closeTab, files),
    openPage: async (url) => firefoxPage(ff, await openTab(url), use, closeTab, files),
    async badge(): Promise<Badge> {
      const raw = await inExtension(async () => ({
        text: await browser.browserAction.getBadgeText({}),
        color: await browser.browserAction.getBadgeBackgroundColor({}),
        title: await browser.browserAction.getTitle({}),
      }));
      return { text: raw.text, color: toHex(raw.color), title: raw.title };
    },
    notifications: () => inExtension(async () => Object.keys(await browser.notifications.getAll())),
    send: (message) => inExtension((m: unknown) => browser.runtime.sendMessage(m), message),
    async closeTabs() {
      // Every tab but the first, those the extension opened (welcome page, a clicked notification) too.
      for (const handle of await m.value<string[]>('WebDriver:GetWindowHandles')) await closeTab(handle);
    },
    shownNotifications: () => shownAlerts(m),
    clickNotification: (id) => clickAlert(m, id),
    async tabUrls() {
      const urls: string[] = [];
      for (const handle of await m.value<string[]>('WebDriver:GetWindowHandles')) {
        await use(handle);
        urls.push(await m.value<string>('WebDriver:GetCurrentURL'));
      }
      return urls;
    },
    async close() {
      await ff.close();
      await rm(files, { recursive: true, force: true });
    },
  };
  return driver;
}
