import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { addProfile, type ExtensionHarness, launchExtension, localDate, waitFor } from './harness';

const HOST_TAG = 'reconnect-radar-banner';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

let world: FakeWorld;
let h: ExtensionHarness;

beforeAll(async () => {
  world = await startWorld();
  h = await launchExtension({ world });
}, 60_000);

afterAll(async () => {
  await h?.close();
  await world?.close();
});

/** A DOM node as CDP returns it with `pierce: true` (closed shadow roots included). */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await h.context.newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function text(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(text).join(' ').replace(/\s+/g, ' ').trim();
}

/** The banner as the browser has it, read through CDP (the page itself cannot read a closed root). */
async function readBanner(page: Page) {
  const { root } = (await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const hosts = [...walk(root)].filter((n) => n.nodeName === HOST_TAG.toUpperCase());
  if (hosts.length === 0) return undefined;
  const shadow = hosts[0]!.shadowRoots?.[0];
  const section = shadow ? [...walk(shadow)].find((n) => n.nodeName === 'SECTION') : undefined;
  if (!shadow || !section) return undefined;
  const all = [...walk(section)];
  return {
    hostCount: hosts.length,
    shadowRootType: hosts[0]!.shadowRootType ?? shadow.shadowRootType,
    section,
    heading: text(all.find((n) => attr(n, 'role') === 'status')!),
    names: all.filter((n) => attr(n, 'class') === 'rr-name').map(text),
    rows: all.filter((n) => n.nodeName === 'LI').map(text),
    controls: all
      .filter((n) => (n.nodeName === 'BUTTON' && attr(n, 'hidden') === undefined) || n.nodeName === 'A')
      .map((n) => ({ node: n, label: text(n), ariaLabel: attr(n, 'aria-label'), href: attr(n, 'href') })),
  };
}

type Banner = NonNullable<Awaited<ReturnType<typeof readBanner>>>;

async function bannerOf(page: Page, until: (b: Banner) => boolean = () => true): Promise<Banner> {
  return waitFor(
    async () => {
      const b = await readBanner(page);
      return b?.heading && until(b) ? b : undefined;
    },
    { timeout: 10_000, message: `the banner on ${page.url()}` },
  );
}

async function noBanner(page: Page): Promise<void> {
  await waitFor(async () => (await page.evaluate((tag) => document.querySelector(tag), HOST_TAG)) === null, {
    message: `no banner on ${page.url()}`,
  });
}

/** Clicks a control of the banner with the real mouse, at the centre of its box. */
async function clickInBanner(page: Page, label: string): Promise<void> {
  const banner = await bannerOf(page);
  const control = banner.controls.find((c) => c.label === label || c.ariaLabel === label);
  if (!control) throw new Error(`No "${label}" in the banner: ${banner.controls.map((c) => c.label)}`);
  const { model } = (await (
    await cdp(page)
  ).send('DOM.getBoxModel', {
    backendNodeId: control.node.backendNodeId,
  })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

async function save(profile: Record<string, unknown>, id?: string): Promise<string> {
  const answer = (await h.send({ type: 'save-profile', id, profile })) as {
    ok: boolean;
    data?: { profile: { id: string } };
    error?: string;
  };
  if (!answer.ok || !answer.data) throw new Error(`save-profile failed: ${answer.error}`);
  return answer.data.profile.id;
}

/**
 * Closes the site tabs and the extension's own pages (the popup that "+N more" opens is no Playwright page:
 * it is closed through CDP), so that no page of an earlier test keeps the service worker awake.
 */
async function closeTabs(): Promise<void> {
  const keep = (url: string) => url === 'about:blank' || url === h.extensionUrl('manifest.json');
  const control = h.context.pages().find((p) => p.url() === 'about:blank');
  if (control) {
    const session = await cdp(control);
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    for (const t of targetInfos) {
      if (t.type === 'page' && t.url.includes('/popup.html')) {
        await session.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      }
    }
  }
  for (const page of h.context.pages()) if (!keep(page.url())) await page.close();
}

beforeEach(async () => {
  await closeTabs();
  await h.send({ type: 'delete-all', confirm: true });
});

/**
 * Removes a profile on the options page as a person would (Remove, then confirm). Matches the button's
 * name loosely: Chromium computes "Remove , NAME" when the ", NAME" part is a visually hidden block.
 */
async function removeInOptions(options: Page, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await options.getByRole('button', { name: new RegExp(`^Remove\\s*,\\s*${escaped}$`) }).click();
  await options.getByRole('button', { name: 'Yes, remove' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: `Removed ${name}.` })
    .waitFor();
}

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** What assistive technology gets: the accessibility tree, which closed shadow roots do not hide. */
async function accessibleNodes(page: Page) {
  const { nodes } = (await (await cdp(page)).send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.map((n) => ({
    role: n.role?.value ?? '',
    name: n.name?.value ?? '',
    focused: n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
    live: n.properties?.find((p) => p.name === 'live')?.value.value,
  }));
}

/** Waits long enough for a content script to have asked and answered (page load + one round trip). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
}

async function hostOnPage(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST_TAG);
}

const SITE_IDS = [
  '#site-nav',
  '#site-home',
  '#nav-second',
  '#site-search',
  '#site-content',
  '#page-title',
  '#first-post',
  '#go-second',
  '#go-home',
];

/** Where the fixture page's own elements are, and how big the document is. */
function layout(page: Page) {
  return page.evaluate((ids) => {
    const rects = ids.map((id) => {
      const r = document.querySelector(id)!.getBoundingClientRect();
      return [id, r.x, r.y, r.width, r.height];
    });
    const root = document.documentElement;
    return {
      rects,
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      bodyHeight: document.body.offsetHeight,
    };
  }, SITE_IDS);
}

async function bannerBox(page: Page) {
  const banner = await bannerOf(page);
  const { model } = (await (
    await cdp(page)
  ).send('DOM.getBoxModel', {
    backendNodeId: banner.section.backendNodeId,
  })) as { model: { border: number[] } };
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { top: y1, bottom: y3, left: x1, right: x3 };
}

describe('which profiles a site’s banner shows', () => {
  it('lists exactly the profiles of that site’s platforms that need attention, in a closed shadow root', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    await save({ platform: 'facebook', name: 'Acme Bakery', expiresAt: inDays(2) });
    await save({ platform: 'facebook', name: 'Acme Tea', expiresAt: inDays(5) });
    await save({ platform: 'facebook', name: 'Acme Fine', expiresAt: inDays(40) });
    await save({ platform: 'instagram', name: 'acme.gram', expiresAt: inDays(-3) });
    await save({ platform: 'linkedin', name: 'Acme Corp', expiresAt: inDays(-2) });
    await save({ platform: 'x', name: 'Acme Tweets' });

    const facebook = await h.openPage('https://www.facebook.com/');
    const banner = await bannerOf(facebook);
    expect(banner.heading).toBe('3 Facebook and Instagram profiles need reconnecting');
    expect(banner.names).toEqual(['acme.gram', 'Acme Coffee', 'Acme Bakery']);
    expect(banner.rows[0]).toContain('Instagram · Expired');
    expect(banner.rows[2]).toContain('Facebook · Expiring soon');
    expect(banner.hostCount).toBe(1);
    expect(banner.shadowRootType).toBe('closed');

    // The page's own scripts cannot read it…
    expect(await facebook.evaluate((tag) => document.querySelector(tag)?.shadowRoot, HOST_TAG)).toBeNull();
    expect(await facebook.evaluate(() => document.body.textContent)).not.toContain('Acme');
    // …and neither can Playwright's locators (they pierce open roots only): the test reads it through CDP.
    expect(await facebook.getByRole('region', { name: 'Reconnect Radar' }).count()).toBe(0);
    expect(await facebook.getByText('Acme Coffee').count()).toBe(0);

    const linkedin = await h.openPage('https://www.linkedin.com/feed/');
    const li = await bannerOf(linkedin);
    expect(li.heading).toBe('1 LinkedIn profile needs reconnecting');
    expect(li.names).toEqual(['Acme Corp']);

    const instagram = await h.openPage('https://www.instagram.com/');
    expect((await bannerOf(instagram)).names).toEqual(['acme.gram']);
  });

  it('is a labelled region with a polite status line, its state in words, and named controls', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    await bannerOf(page);
    const nodes = await waitFor(async () => {
      const all = await accessibleNodes(page);
      return all.some((n) => n.role === 'status' && n.live === 'polite') ? all : undefined;
    });
    expect(nodes.filter((n) => n.role === 'region').map((n) => n.name)).toContain('Reconnect Radar');
    const ours = nodes.filter(
      (n) =>
        ['button', 'link'].includes(n.role) &&
        !/^(Facebook|Notifications|Go to notifications|Back home)$/.test(n.name),
    );
    expect(ours.map((n) => `${n.role}: ${n.name}`).sort()).toEqual([
      'button: Dismiss',
      'button: Snooze 1 day',
      'link: Reconnect Acme Coffee (opens in a new tab)',
    ]);
    const text = (await bannerOf(page)).rows[0]!;
    expect(text).toContain('Expired');
    expect(text).toContain('Connection expired');
  });

  it('shows no banner when nothing needs attention, nor on a site whose banners are off', async () => {
    await save({ platform: 'facebook', name: 'Acme Fine', expiresAt: inDays(40) });
    await save({ platform: 'facebook', name: 'Acme Tea', expiresAt: inDays(5) });
    await save({ platform: 'x', name: 'Acme Tweets' });
    await save({ platform: 'linkedin', name: 'Acme Corp', expiresAt: inDays(-2) });
    const state = (await h.send({ type: 'get-state' })) as { data: { settings: Record<string, unknown> } };
    const settings = state.data.settings as { banners: Record<string, boolean> };
    await h.send({
      type: 'save-settings',
      settings: { ...settings, banners: { ...settings.banners, linkedin: false } },
    });

    const pages = await Promise.all(
      ['https://www.facebook.com/', 'https://x.com/home', 'https://www.linkedin.com/feed/'].map((u) =>
        h.openPage(u),
      ),
    );
    // A control in the same run: LinkedIn banners back on, and the banner appears in the open tab.
    for (const page of pages) await settled(page);
    for (const page of pages) expect(await hostOnPage(page)).toBe(false);
    await h.send({ type: 'save-settings', settings });
    await bannerOf(pages[2]!);
    for (const page of pages.slice(0, 2)) expect(await hostOnPage(page)).toBe(false);
  });
});

describe('what a person can do with it', () => {
  it('Reconnect opens the profile’s reconnect page in a new tab', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    const opened = h.context.waitForEvent('page');
    await clickInBanner(page, 'Reconnect Acme Coffee (opens in a new tab)');
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe('https://www.facebook.com/settings?tab=business_tools');
    // noopener: the page that held the banner gets no handle on the new tab.
    expect(await tab.evaluate(() => window.opener)).toBeNull();
  });

  it('Snooze 1 day hides it, and it stays hidden after a reload; other sites keep theirs', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    await save({ platform: 'linkedin', name: 'Acme Corp', expiresAt: inDays(-2) });
    const page = await h.openPage('https://www.facebook.com/');
    await clickInBanner(page, 'Snooze 1 day');
    await noBanner(page);
    await page.reload();
    await settled(page);
    expect(await hostOnPage(page)).toBe(false);
    await bannerOf(await h.openPage('https://www.linkedin.com/'));
  });

  it('Dismiss hides it until a profile’s status changes, then it comes back without a reload', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const bakery = await save({ platform: 'facebook', name: 'Acme Bakery', expiresAt: inDays(2) });
    const page = await h.openPage('https://www.facebook.com/');
    expect((await bannerOf(page)).names).toEqual(['Acme Coffee', 'Acme Bakery']);
    await clickInBanner(page, 'Dismiss');
    await noBanner(page);
    await page.reload();
    await settled(page);
    expect(await hostOnPage(page)).toBe(false);
    // Acme Bakery's connection ends now: expiring → expired, a new status.
    await save({ platform: 'facebook', name: 'Acme Bakery', expiresAt: inDays(-0.01) }, bakery);
    const back = await bannerOf(page);
    expect(back.names).toEqual(['Acme Bakery']);
    expect(back.heading).toBe('1 Facebook profile needs reconnecting');
  });

  it('a dismissed banner comes back when the status changes, even back to the one it was dismissed at', async () => {
    const id = await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    expect((await bannerOf(page)).names).toEqual(['Acme Coffee']);
    await clickInBanner(page, 'Dismiss');
    await noBanner(page);
    // Expired → OK (a new end date) → expired again: the dismissal was of the first expiry, not this one.
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(30) }, id);
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) }, id);
    expect((await bannerOf(page)).names).toEqual(['Acme Coffee']);
  });

  it('fixing profiles on the options page updates, then removes, the banner in the open tab without a reload', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', expiresOn: localDate(-1) });
    await addProfile(options, { platform: 'Instagram', name: 'acme.gram', expiresOn: localDate(-2) });
    const page = await h.openPage('https://www.facebook.com/');
    expect((await bannerOf(page)).heading).toBe('2 Facebook and Instagram profiles need reconnecting');
    // The person goes back to the options tab; the Facebook tab stays open behind it.
    await options.bringToFront();
    await removeInOptions(options, 'acme.gram');
    const one = await bannerOf(page, (b) => b.names.length === 1);
    expect(one.names).toEqual(['Acme Coffee']);
    expect(one.heading).toBe('1 Facebook profile needs reconnecting');
    await removeInOptions(options, 'Acme Coffee');
    await noBanner(page);
  });

  it('“+N more” opens the full list', async () => {
    for (const name of ['Acme A', 'Acme B', 'Acme C', 'Acme D']) {
      await save({ platform: 'facebook', name, expiresAt: inDays(-1) });
    }
    const page = await h.openPage('https://www.facebook.com/');
    const banner = await bannerOf(page);
    // The fourth is not listed: as far as the page knows it could be an Instagram one.
    expect(banner.heading).toBe('4 Facebook or Instagram profiles need reconnecting');
    expect(banner.names).toHaveLength(3);
    await clickInBanner(page, 'Show all profiles in Reconnect Radar (4)');
    // After a click the browser window is active and action.openPopup() shows the real popup, which
    // Playwright does not list among the context's pages; CDP's target list has it (or the tab fallback).
    const popup = h.extensionUrl('popup.html');
    await waitFor(
      async () => {
        const { targetInfos } = (await (await cdp(page)).send('Target.getTargets')) as {
          targetInfos: { url: string }[];
        };
        return targetInfos.some((t) => t.url.startsWith(popup));
      },
      { message: 'the popup, or its list in a tab' },
    );
  });

  it('is reachable with the keyboard, after the page’s own links', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    await bannerOf(page);
    await page.focus('#go-home');
    const focused = async () =>
      (await accessibleNodes(page)).find((n) => n.focused && n.role !== 'RootWebArea')?.name;
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      seen.push(await waitFor(focused));
    }
    expect(seen).toEqual(['Reconnect Acme Coffee (opens in a new tab)', 'Snooze 1 day', 'Dismiss']);
    // The page sees only that focus went to the host element, never what is inside.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(HOST_TAG);
    await page.keyboard.press('Shift+Tab');
    expect(await waitFor(focused)).toBe('Snooze 1 day');
    await page.keyboard.press('Enter');
    await noBanner(page);
  });
});

describe('how it sits on the page', () => {
  it.each([
    ['https://www.facebook.com/', 'a fixed'],
    ['https://www.linkedin.com/', 'a sticky'],
  ])(
    'on %s (%s top bar) the page’s elements stay where they are, and the bar is at the bottom',
    async (url) => {
      await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
      await save({ platform: 'linkedin', name: 'Acme Corp', expiresAt: inDays(-1) });
      const page = await h.openPage(url);
      await bannerOf(page);
      const withBanner = await layout(page);
      const box = await bannerBox(page);
      const viewport = await page.evaluate(() => ({ height: innerHeight }));
      const nav = await page.evaluate(
        () => document.querySelector('#site-nav')!.getBoundingClientRect().bottom,
      );
      expect(box.top).toBeGreaterThan(nav);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      await page.evaluate(() => window.scrollTo(0, 900));
      const scrolledWith = await layout(page);
      expect(await bannerBox(page)).toEqual(box);

      await h.send({ type: 'delete-all', confirm: true });
      await noBanner(page);
      expect(await layout(page)).toEqual(scrolledWith);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await layout(page)).toEqual(withBanner);
    },
  );

  it('survives the site’s in-page navigation and a single-page app replacing the body', async () => {
    await save({ platform: 'linkedin', name: 'Acme Corp', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.linkedin.com/');
    await bannerOf(page);
    await page.click('#go-second');
    expect(await page.getAttribute('#page-marker', 'data-page')).toBe('second');
    expect((await bannerOf(page)).names).toEqual(['Acme Corp']);
    await page.evaluate(() => {
      document.body.innerHTML = '<main id="app"><h1>Rebuilt by the app</h1></main>';
    });
    await waitFor(() => hostOnPage(page), { message: 'the banner to come back' });
    expect(await page.evaluate(() => document.body.lastElementChild?.tagName.toLowerCase())).toBe(HOST_TAG);
    expect((await bannerOf(page)).names).toEqual(['Acme Corp']);
    await page.goBack();
    expect((await bannerOf(page)).names).toEqual(['Acme Corp']);
  });

  it('keeps its looks against hostile page CSS, and puts no style of its own into the page', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    const before = await bannerBox(page);
    expect(
      await page.evaluate(() => document.querySelectorAll('style[wxt-shadow-root-document-styles]').length),
    ).toBe(0);
    await page.addStyleTag({
      content: `body > *:last-child, reconnect-radar-banner { display: none !important; }
        * { color: red !important; font-size: 40px !important; }
        section, button, a, li { display: none !important; }`,
    });
    expect(await bannerBox(page)).toEqual(before);
    expect((await bannerOf(page)).names).toEqual(['Acme Coffee']);
  });

  it('follows the light or dark preference', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    const background = async () => {
      const banner = await bannerOf(page);
      const session = await cdp(page);
      const { nodeIds } = (await session.send('DOM.pushNodesByBackendIdsToFrontend', {
        backendNodeIds: [banner.section.backendNodeId],
      })) as { nodeIds: number[] };
      const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', {
        nodeId: nodeIds[0]!,
      })) as {
        computedStyle: { name: string; value: string }[];
      };
      return computedStyle.find((p) => p.name === 'background-color')?.value;
    };
    await (await cdp(page)).send('DOM.enable');
    await (await cdp(page)).send('CSS.enable');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(36, 37, 38)');
  });
});

describe('after the service worker stops', () => {
  it('catches up when the person comes back to the tab, without keeping the worker awake', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const id = await save({ platform: 'facebook', name: 'Acme Bakery', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    await bannerOf(page, (b) => b.names.length === 2);
    await h.stopWorker();
    const starts = h.workerStarts();
    await page.waitForTimeout(1500);
    // Its port closed with the worker: the banner does not wake the worker again by itself.
    expect(h.workerStarts()).toBe(starts);
    const options = await h.openOptions();
    await h.send({ type: 'delete-profile', id });
    await options.close();
    // Nothing polls: with its port closed the open tab still shows the old list…
    await page.waitForTimeout(1500);
    expect((await readBanner(page))?.names).toEqual(['Acme Coffee', 'Acme Bakery']);
    // …until the person comes back to it. Headless Chromium keeps every tab visible and focused, so the
    // window's focus event a returning person causes is dispatched by hand.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const banner = await bannerOf(page, (b) => b.names.length === 1);
    expect(banner.names).toEqual(['Acme Coffee']);
  });
});

// Last: it reloads the extension.
describe('when the extension goes away', () => {
  it('an orphaned banner removes itself, and the page is left as it was', async () => {
    await save({ platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1) });
    const page = await h.openPage('https://www.facebook.com/');
    await bannerOf(page);
    await h
      .evalInWorker(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await noBanner(page);
    expect(await page.evaluate(() => document.querySelector('#site-nav') !== null)).toBe(true);
  });
});
