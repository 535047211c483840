import type { Badge } from '../harness/chrome-api';

/**
 * What the shared scenarios (tests/e2e/scenarios) do in a browser, the same words for Chromium (Playwright)
 * and Firefox (Marionette). Every lookup waits (up to 10 s) for its element and fails naming the query.
 */

/** A text to match: a string matches the whole text (whitespace collapsed, trimmed), a RegExp tests it. */
export type TextMatch = string | RegExp;

/**
 * An element, found as a person would: by ARIA role and accessible name, by the label of a form field, or by
 * a CSS selector (for what has no role or name). `hasText` keeps elements whose text contains it (string) or
 * matches it; `within` searches inside the first element of another query.
 */
export type Query =
  | { role: string; name?: TextMatch; hasText?: TextMatch; within?: Query }
  | { label: TextMatch; within?: Query }
  | { css: string; hasText?: TextMatch; within?: Query };

export interface FileToChoose {
  name: string;
  content: string;
}

export interface Downloaded {
  name: string;
  text: string;
}

export interface Banner {
  /** The banner's text (whitespace collapsed), read inside its closed shadow root. */
  text: string;
  /** Labels of its buttons and links (text, else aria-label). */
  controls: string[];
}

export interface DriverPage {
  /** Clicks the first match (scrolled into view). */
  click(query: Query): Promise<void>;
  /** Replaces the value of a text, date or number field. */
  fill(query: Query, value: string): Promise<void>;
  /** Chooses an option of a `<select>` by its visible label. */
  select(query: Query, optionLabel: string): Promise<void>;
  /** The first match's textContent, whitespace collapsed and trimmed. */
  text(query: Query): Promise<string>;
  /** Every match's text, now (no wait). */
  texts(query: Query): Promise<string[]>;
  /** How many elements match now (no wait). */
  count(query: Query): Promise<number>;
  /** The value of a form field or an attribute of the first match. */
  attribute(query: Query, name: string): Promise<string | null>;
  /** Gives a file input a file, as choosing it in the file picker does. */
  chooseFile(query: Query, file: FileToChoose): Promise<void>;
  /** Clicks something that downloads a file, and returns the file. */
  download(query: Query): Promise<Downloaded>;
  /** The extension's banner on this page, or undefined when there is none (yet). */
  banner(): Promise<Banner | undefined>;
  /** Clicks a button or link of the banner, by its text or aria-label. */
  clickInBanner(label: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** e.g. `chromium 143.0.7499.40`, `firefox 153.8.0` */
  readonly version: string;
  openPopup(): Promise<DriverPage>;
  openOptions(): Promise<DriverPage>;
  /** Any URL, e.g. https://www.facebook.com/ (served by the fake world). */
  openPage(url: string): Promise<DriverPage>;
  /** The toolbar badge (Firefox: `browserAction`, Chromium: `action`). */
  badge(): Promise<Badge>;
  /** Ids of the notifications shown now. */
  notifications(): Promise<string[]>;
  /** A protocol message from an extension page; the raw `{ ok, data | error }`. */
  send(message: unknown): Promise<unknown>;
  /** Closes every tab opened through the driver. */
  closeTabs(): Promise<void>;
  close(): Promise<void>;
}

/** The fake world a driver's browser reaches the real hostnames in. */
export interface DriverWorld {
  port: number;
  hosts: readonly string[];
}

export function describeQuery(query: Query): string {
  const own =
    'role' in query
      ? `role=${query.role}${query.name !== undefined ? ` name=${String(query.name)}` : ''}`
      : 'label' in query
        ? `label=${String(query.label)}`
        : `css=${query.css}`;
  const text = 'hasText' in query && query.hasText !== undefined ? ` hasText=${String(query.hasText)}` : '';
  return `${query.within ? `${describeQuery(query.within)} >> ` : ''}${own}${text}`;
}

export const normalizeText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Whether `text` matches: exactly (after normalizing) for a string, by `test` for a RegExp. */
export function matchesText(text: string, match: TextMatch): boolean {
  const normal = normalizeText(text);
  return typeof match === 'string' ? normal === normalizeText(match) : match.test(normal);
}

/** `hasText` semantics: a string is contained, a RegExp tests. */
export function containsText(text: string, match: TextMatch): boolean {
  const normal = normalizeText(text);
  return typeof match === 'string' ? normal.includes(normalizeText(match)) : match.test(normal);
}
