import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { importProfilesRequest } from '../import-request';
import { type ExtensionHarness, launchExtension, waitFor } from './harness';

/**
 * The extension in a browser whose UI language is German. On Linux the language comes from the environment
 * (`--lang` alone leaves getUILanguage() in English), and needs Debian's chromium-l10n for the language packs.
 */
const GERMAN = { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' };
const BRAZILIAN = { LANGUAGE: 'pt_BR', LANG: 'pt_BR.UTF-8' };
/** Screenshots for the README are written only on request, so that test runs leave the tree clean. */
const SCREENSHOTS = process.env.RR_SCREENSHOTS === '1';
const DOCS = resolve('docs');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

type Catalogue = Record<string, { message: string }>;
interface WithI18n {
  chrome: { i18n: { getUILanguage(): string } };
}

/**
 * English copy that would give itself away: every fixed piece of an English message (the text between its
 * placeholders) of two words or more, or one word of six letters or more, unless the translated message for
 * the same key says it too (names, "Status").
 */
/** Names that stay as they are in every language: the extension, the platforms, the publishing tools. */
const NAMES = [
  'Reconnect Radar',
  'Google Business Profile',
  'Circleboom Publish',
  'Buffer',
  'Mixpost',
  'Ayrshare',
  'Publer',
  'Postiz',
];
/** English words that are words of the language too ("Profile" is German for profiles). */
const SHARED_WORDS = ['Profile'];

function englishFragments(translated: Catalogue): string[] {
  const fragments = new Set<string>();
  for (const [key, { message }] of Object.entries(en as Catalogue)) {
    const other = translated[key]?.message ?? '';
    for (const piece of message.split(/\$[A-Za-z0-9_]+\$|\$\d/)) {
      const fragment = piece
        .trim()
        .replace(/^[,.:;()·]+|[,.:;()·]+$/g, '')
        .trim();
      const long = fragment.includes(' ') ? fragment.length >= 10 : fragment.length >= 6;
      const named = NAMES.some((name) => name.includes(fragment)) || SHARED_WORDS.includes(fragment);
      if (long && !named && !other.includes(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishIn(text: string, translated: Catalogue): string[] {
  return englishFragments(translated).filter((fragment) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(fragment)}($|[^\\p{L}])`, 'u').test(text),
  );
}

const PROFILES = [
  { platform: 'facebook', name: 'Bäckerei Sonnenschein', kind: 'page', expiresAt: inDays(-3) },
  { platform: 'instagram', name: 'Sonnenschein Insta', kind: 'business', expiresAt: inDays(4) },
  { platform: 'linkedin', name: 'Sonnenschein GmbH', kind: 'organization', expiresAt: inDays(40) },
  { platform: 'x', name: 'Sonnenschein X', kind: 'user' },
];

async function seed(h: ExtensionHarness): Promise<void> {
  const answer = (await h.send(importProfilesRequest(PROFILES))) as { ok: boolean };
  expect(answer.ok).toBe(true);
}

/** German words are long: at 360 px wide nothing may stick out sideways (no horizontal scrolling, no cut control). */
async function fitsNarrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 720 });
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    controls: [...document.querySelectorAll('button, a')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.left < 0 || r.right > 360)).length,
  }));
  expect(overflow).toEqual({ scroll: 360, controls: 0 });
}

async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees (hidden nodes left out) is the point.
  return page.evaluate(() => document.body.innerText);
}

/** A popup row by its profile's name (the list's own name is German here, so the shared helper cannot find it). */
function popupRow(popup: Page, name: string) {
  return popup.locator('li', { has: popup.getByRole('heading', { name, exact: true }) });
}

/**
 * The in-page banner, read through CDP (the page cannot read into its closed shadow root): its words, and
 * the boxes of its controls.
 */
async function readBanner(h: ExtensionHarness, page: Page): Promise<{ text: string; boxes: number[][] }> {
  interface Node {
    nodeType: number;
    nodeName: string;
    nodeValue: string;
    backendNodeId: number;
    children?: Node[];
    shadowRoots?: Node[];
    attributes?: string[];
  }
  const cdp = await h.context.newCDPSession(page);
  const inside = (node: Node) => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  const text = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeName === 'STYLE') return '';
    const labels = (node.attributes ?? []).filter((_, i, a) => a[i - 1] === 'aria-label');
    return [...labels, ...inside(node).map(text)].join(' ');
  };
  const all = (node: Node): Node[] => [node, ...inside(node).flatMap(all)];
  const host = await waitFor(
    async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
      const found = all(root).find((n) => n.nodeName === 'RECONNECT-RADAR-BANNER');
      return found && text(found).includes('Bäckerei') ? found : undefined;
    },
    { message: 'the banner on facebook.com' },
  );
  const controls = all(host).filter(
    (n) => (n.nodeName === 'BUTTON' || n.nodeName === 'A') && !(n.attributes ?? []).includes('hidden'),
  );
  const boxes = await Promise.all(
    controls.map(async (n) => {
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })) as {
        model: { border: number[] };
      };
      return model.border;
    }),
  );
  return { text: text(host).replace(/\s+/g, ' ').trim(), boxes };
}

it('the English check finds English copy (so that an empty answer means something)', () => {
  expect(englishIn('Bäckerei · Expired 3 days ago · Expiring soon', de)).toEqual(
    expect.arrayContaining(['Expired', 'Expiring soon']),
  );
});

describe('in German', () => {
  let world: FakeWorld;
  let h: ExtensionHarness;

  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world, env: GERMAN, args: ['--lang=de'] });
    await seed(h);
  });

  afterAll(async () => {
    await h?.close();
    await world?.close();
  });

  it('the browser runs in German, so the extension reads the de catalogue', async () => {
    expect(
      await h.evalInWorker(() => (globalThis as unknown as WithI18n).chrome.i18n.getUILanguage()),
    ).toMatch(/^de/);
  });

  it('the popup shows no English copy, and a countdown reads as one German phrase', async () => {
    const popup = await h.openPopup();
    await popupRow(popup, 'Sonnenschein Insta').waitFor();
    const text = await visibleText(popup);
    expect(englishIn(text, de)).toEqual([]);
    expect(text).toContain(de.statusExpired.message);
    const countdown = (name: string) => popupRow(popup, name).locator('.row__countdown').textContent();
    expect(await countdown('Sonnenschein Insta')).toMatch(/^Läuft in 4 Tagen ab$/);
    expect(await countdown('Bäckerei Sonnenschein')).toMatch(/^Abgelaufen vor 3 Tagen$/);
    await fitsNarrow(popup);
    if (SCREENSHOTS) {
      await mkdir(DOCS, { recursive: true });
      await popup.screenshot({ path: join(DOCS, 'popup-de.png'), fullPage: true });
    }
    await popup.close();
  });

  it('the options page shows no English copy', async () => {
    const options = await h.openOptions();
    await options.getByText('Sonnenschein GmbH').first().waitFor();
    expect(englishIn(await visibleText(options), de)).toEqual([]);
    await options.close();
  });

  it('the badge tooltip is German, its names joined as German joins them', async () => {
    const { title } = await h.badge();
    expect(englishIn(title, de)).toEqual([]);
    expect(title).toContain('1 muss erneut verbunden werden: Bäckerei Sonnenschein (Facebook)');
    expect(title).toContain('1 läuft bald ab: Sonnenschein Insta (Instagram)');
  });

  it('the Facebook banner shows no English copy', async () => {
    const page = await h.openPage('https://www.facebook.com/');
    await page.setViewportSize({ width: 360, height: 720 });
    const { text, boxes } = await readBanner(h, page);
    expect(englishIn(text, de)).toEqual([]);
    // At 360 px every control is inside the window, none cut off at the side.
    expect(boxes.length).toBeGreaterThan(2);
    for (const [x1, , x2] of boxes) expect([x1! >= 0, x2! <= 360]).toEqual([true, true]);
    expect(text).toContain(de.bannerReconnect.message);
    await page.close();
  });
});

describe('in Brazilian Portuguese', () => {
  it('the popup shows no English copy', async () => {
    const world = await startWorld();
    const h = await launchExtension({ world, env: BRAZILIAN, args: ['--lang=pt-BR'] });
    try {
      await seed(h);
      const popup = await h.openPopup();
      await popupRow(popup, 'Sonnenschein Insta').waitFor();
      const ptBR = (await import('../../public/_locales/pt_BR/messages.json')).default;
      expect(englishIn(await visibleText(popup), ptBR)).toEqual([]);
      expect(await popupRow(popup, 'Sonnenschein Insta').locator('.row__countdown').textContent()).toBe(
        'Expira em 4 dias',
      );
      await fitsNarrow(popup);
      if (SCREENSHOTS) {
        await mkdir(DOCS, { recursive: true });
        await popup.screenshot({ path: join(DOCS, 'popup-pt_BR.png'), fullPage: true });
      }
    } finally {
      await h.close();
      await world.close();
    }
  });
});
