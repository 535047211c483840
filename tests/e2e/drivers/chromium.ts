import { readFile } from 'node:fs/promises';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { type ExtensionHarness, launchExtension, waitFor } from '../harness';
import {
  type Banner,
  type BrowserDriver,
  type DriverPage,
  type DriverWorld,
  normalizeText,
  type Query,
  type TextMatch,
} from './driver';

/** The shared scenarios' driver for Chromium, over the Playwright harness (tests/e2e/harness). */
export async function launchChromiumDriver(world: DriverWorld): Promise<BrowserDriver> {
  const h = await launchExtension({ world });
  return {
    browserName: 'chromium',
    version: `chromium ${h.context.browser()?.version() ?? ''}`.trim(),
    openPopup: async () => chromiumPage(h, await h.openPopup()),
    openOptions: async () => chromiumPage(h, await h.openOptions()),
    openPage: async (url) => chromiumPage(h, await h.openPage(url)),
    badge: () => h.badge(),
    notifications: () => h.notifications(),
    send: (message) => h.send(message),
    closeTabs: () => h.closeTabs(),
    close: () => h.close(),
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Playwright's string `hasText` ignores case; the shared meaning is a case-sensitive substring. */
const hasTextOf = (match: TextMatch) => (typeof match === 'string' ? new RegExp(escapeRegExp(match)) : match);

/** Every match of `query` (Playwright's own role and label engines). */
function locateAll(scope: Page | Locator, query: Query): Locator {
  const base = query.within ? locateAll(scope, query.within).first() : scope;
  let found: Locator;
  if ('role' in query) {
    const name = query.name !== undefined ? { name: query.name, exact: true } : {};
    found = base.getByRole(query.role as Parameters<Page['getByRole']>[0], name);
  } else if ('label' in query) {
    found = base.getByLabel(query.label, { exact: true });
  } else {
    found = base.locator(query.css);
  }
  const hasText = 'hasText' in query ? query.hasText : undefined;
  return hasText !== undefined ? found.filter({ hasText: hasTextOf(hasText) }) : found;
}

const locate = (scope: Page | Locator, query: Query) => locateAll(scope, query).first();

/** A DOM node as CDP returns it with `pierce: true` (closed shadow roots included). */
interface DomNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join(' ');
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function chromiumPage(h: ExtensionHarness, page: Page): DriverPage {
  let session: CDPSession | undefined;
  const cdp = async () => (session ??= await h.context.newCDPSession(page));

  /** The banner's section and its controls, through CDP (the page itself cannot read a closed root). */
  async function readBanner() {
    const { root } = (await (await cdp()).send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = [...walk(root)].find((n) => n.nodeName === 'RECONNECT-RADAR-BANNER');
    const section =
      host?.shadowRoots?.[0] && [...walk(host.shadowRoots[0])].find((n) => n.nodeName === 'SECTION');
    if (!section) return undefined;
    const controls = [...walk(section)]
      .filter((n) => (n.nodeName === 'BUTTON' && attr(n, 'hidden') === undefined) || n.nodeName === 'A')
      .map((node) => ({
        node,
        label: normalizeText(textOf(node)) || attr(node, 'aria-label') || '',
        ariaLabel: attr(node, 'aria-label'),
      }));
    return { text: normalizeText(textOf(section)), controls };
  }

  return {
    click: (query) => locate(page, query).click(),
    fill: (query, value) => locate(page, query).fill(value),
    select: async (query, label) => {
      await locate(page, query).selectOption({ label });
    },
    text: async (query) => normalizeText(await locate(page, query).textContent()),
    texts: async (query) => (await locateAll(page, query).allTextContents()).map(normalizeText),
    count: (query) => locateAll(page, query).count(),
    attribute: async (query, name) => {
      const element = locate(page, query);
      if (name === 'value') return element.inputValue();
      return element.getAttribute(name);
    },
    chooseFile: (query, file) =>
      locate(page, query).setInputFiles({
        name: file.name,
        mimeType: file.name.endsWith('.csv') ? 'text/csv' : 'application/json',
        buffer: Buffer.from(file.content, 'utf8'),
      }),
    async download(query) {
      const started = page.waitForEvent('download');
      await locate(page, query).click();
      const download = await started;
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    async banner(): Promise<Banner | undefined> {
      const b = await readBanner();
      return b && { text: b.text, controls: b.controls.map((c) => c.label) };
    },
    async clickInBanner(label) {
      const b = await waitFor(readBanner, { message: `the banner on ${page.url()}` });
      const control = b.controls.find((c) => c.label === label || c.ariaLabel === label);
      if (!control) throw new Error(`No "${label}" in the banner: ${b.controls.map((c) => c.label)}`);
      const { model } = (await (
        await cdp()
      ).send('DOM.getBoxModel', {
        backendNodeId: control.node.backendNodeId,
      })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    },
    close: () => page.close(),
  };
}
