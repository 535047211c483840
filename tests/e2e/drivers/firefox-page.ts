import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FirefoxSession } from '../harness/firefox/launch';
import { ELEMENT_KEY, type ElementRef, SHADOW_KEY } from '../harness/firefox/marionette';
import { waitFor } from '../harness/wait-for';
import { type DriverPage, describeQuery, normalizeText, type Query } from './driver';
import { findAll } from './firefox-find';

/**
 * One tab of the Firefox driver: every command first switches Marionette to this tab (`use`). Clicks and
 * typing are WebDriver's (real events); what has no WebDriver command (a date field, a closed shadow root's
 * text) is done by a script in the page.
 */
export function firefoxPage(
  ff: FirefoxSession,
  handle: string,
  use: (handle: string) => Promise<void>,
  closeTab: (handle: string) => Promise<void>,
  files: string,
): DriverPage {
  const m = ff.marionette;
  const id = (element: ElementRef) => element[ELEMENT_KEY];
  async function all(query: Query): Promise<ElementRef[]> {
    await use(handle);
    return findAll(m, query);
  }
  /** Runs `fn` with the first match, again until it works (e.g. not yet interactable) or 10 s pass. */
  const withFirst = <R>(query: Query, fn: (element: ElementRef) => Promise<R>) =>
    waitFor(
      async () => {
        const [element] = await all(query);
        if (!element) throw new Error('no such element yet');
        return { value: await fn(element) };
      },
      { message: describeQuery(query) },
    ).then((r) => r.value);
  const script = <R>(source: string, ...args: unknown[]) =>
    m.value<R>('WebDriver:ExecuteScript', { script: source, args });

  async function bannerParts() {
    await use(handle);
    const [host] = await m.value<ElementRef[]>('WebDriver:FindElements', {
      using: 'css selector',
      value: 'reconnect-radar-banner',
    });
    if (!host) return undefined;
    const root = await m.value<Record<string, string>>('WebDriver:GetShadowRoot', { id: id(host) });
    const [section] = await m.value<ElementRef[]>('WebDriver:FindElementsFromShadowRoot', {
      shadowRoot: root[SHADOW_KEY],
      using: 'css selector',
      value: 'section',
    });
    if (!section) return undefined;
    return script<{ text: string; controls: [ElementRef, string, string | null][] }>(
      `const section = arguments[0];
       const text = (node) => node.nodeType === 3 ? node.nodeValue
         : node.nodeName === 'STYLE' ? '' : Array.from(node.childNodes).map(text).join(' ');
       const clean = (s) => s.replace(/\\s+/g, ' ').trim();
       const controls = Array.from(section.querySelectorAll('button:not([hidden]), a'));
       return { text: clean(text(section)),
         controls: controls.map((c) => [c, clean(text(c)) || c.getAttribute('aria-label') || '', c.getAttribute('aria-label')]) };`,
      section,
    );
  }

  return {
    click: (query) =>
      withFirst(query, (el) => m.send('WebDriver:ElementClick', { id: id(el) })).then(() => {}),
    fill: (query, value) =>
      withFirst(query, async (el) => {
        const type = await script<string>('return arguments[0].type;', el);
        if (['date', 'time', 'datetime-local', 'month', 'week'].includes(type)) {
          // Typing a date depends on the locale's field order; set it as the picker would.
          await script(
            `const [el, value] = arguments; el.focus(); el.value = value;
             el.dispatchEvent(new Event('input', { bubbles: true }));
             el.dispatchEvent(new Event('change', { bubbles: true }));`,
            el,
            value,
          );
          return;
        }
        // As a person replaces a value: select it all, then type over it (Backspace to empty it).
        // WebDriver's ElementClear fires only `change`, and a page listening to `input` puts the old value back.
        await script('arguments[0].focus(); arguments[0].select();', el);
        await m.send('WebDriver:ElementSendKeys', { id: id(el), text: value || '\uE003' });
      }),
    select: (query, label) =>
      withFirst(query, async (el) => {
        const option = await script<ElementRef | null>(
          `return Array.from(arguments[0].options).find((o) => o.label.trim() === arguments[1]) || null;`,
          el,
          label,
        );
        if (!option) throw new Error(`no option "${label}"`);
        await m.send('WebDriver:ElementClick', { id: id(option) });
      }).then(() => {}),
    text: (query) =>
      withFirst(query, (el) => script<string>(`return arguments[0].textContent;`, el)).then(normalizeText),
    async texts(query) {
      const out: string[] = [];
      for (const el of await all(query))
        out.push(normalizeText(await script<string>('return arguments[0].textContent;', el)));
      return out;
    },
    count: async (query) => (await all(query)).length,
    attribute: (query, name) =>
      withFirst(query, (el) =>
        name === 'value'
          ? script<string>('return arguments[0].value;', el)
          : m.value<string | null>('WebDriver:GetElementAttribute', { id: id(el), name }),
      ),
    chooseFile: (query, file) =>
      withFirst(query, async (el) => {
        const dir = await mkdtemp(join(files, 'choose-'));
        const path = join(dir, file.name);
        await writeFile(path, file.content);
        await m.send('WebDriver:ElementSendKeys', { id: id(el), text: path });
      }).then(() => {}),
    async download(query) {
      const before = new Set(await readdir(ff.downloadDir));
      await withFirst(query, (el) => m.send('WebDriver:ElementClick', { id: id(el) }));
      const name = await waitFor(
        async () => {
          const now = (await readdir(ff.downloadDir)).filter((f) => !before.has(f) && !f.endsWith('.part'));
          // Firefox writes to NAME.part, then renames; a file seen twice at the same size is done.
          if (now.length !== 1) return undefined;
          const size = (await stat(join(ff.downloadDir, now[0]!))).size;
          await new Promise((r) => setTimeout(r, 100));
          return (await stat(join(ff.downloadDir, now[0]!))).size === size && now[0];
        },
        { message: `a download after clicking ${describeQuery(query)}` },
      );
      const text = await readFile(join(ff.downloadDir, name), 'utf8');
      await rm(join(ff.downloadDir, name));
      return { name, text };
    },
    async banner() {
      const parts = await bannerParts();
      return parts && { text: parts.text, controls: parts.controls.map(([, label]) => label) };
    },
    async clickInBanner(label) {
      await waitFor(
        async () => {
          const parts = await bannerParts();
          const control = parts?.controls.find(([, text, aria]) => text === label || aria === label);
          if (!control) throw new Error(`no "${label}" in the banner: ${parts?.controls.map(([, t]) => t)}`);
          await m.send('WebDriver:ElementClick', { id: id(control[0]) });
          return true;
        },
        { message: `"${label}" in the banner` },
      );
    },
    close: () => closeTab(handle),
  };
}
