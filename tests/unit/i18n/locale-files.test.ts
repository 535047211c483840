import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Entry>;

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

const en = read('en');
const LOCALES = readdirSync(LOCALES_DIR).filter((l) => l !== 'en');

/**
 * Messages that may read exactly as in English: the extension's name, a placeholder alone, and words the
 * language uses as they are (Status, OK, Page, Notes…). Anything else identical to English is untranslated.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  common: [
    'extName',
    'forProfile',
    'settingBannerOn',
    'bannerRegion',
    'timeline_icsCalendarName',
    'i18n_badgeNameOnPlatform',
  ],
  de: ['statusOk', 'filterStatus', 'columnStatus', 'fieldName', 'fieldHandle', 'importTitle', 'exportTitle'],
  es: [],
  fr: ['viaPublisher', 'statusOk', 'sectionsNavLabel', 'columnActions', 'kindPage', 'fieldNotes'],
  pt_BR: ['viaPublisher', 'statusOk', 'filterStatus', 'columnStatus'],
};

/** `$NAME$` references of a message, and `$1`-style ones, sorted (`$$` is a literal dollar). */
function references(message: string): string[] {
  const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => `$${m[1]!.toLowerCase()}$`);
  const positional = [...message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map(
    (m) => `$${m[1]}`,
  );
  return [...named, ...positional].sort();
}

function placeholders(entry: Entry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
}

/** Keys whose message is the English one and is not a listed exception. */
function untranslated(locale: string, catalogue: Catalogue): string[] {
  const allowed = new Set([...(SAME_AS_ENGLISH.common ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
  return Object.keys(en).filter((k) => catalogue[k]?.message === en[k]!.message && !allowed.has(k));
}

describe('the English catalogue', () => {
  it('names every message with a key Chrome accepts, and defines every placeholder it uses', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const defined = Object.keys(entry.placeholders ?? {}).map((n) => `$${n.toLowerCase()}$`);
      for (const ref of references(entry.message).filter((r) => r.endsWith('$'))) {
        expect(defined, `${key} uses ${ref}`).toContain(ref);
      }
    }
  });

  it('keeps the description within the manifest limit of 132 characters', () => {
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe.each(LOCALES)('locale %s', (locale) => {
  const catalogue = read(locale);

  it('has every key of en and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders as en in every message', () => {
    for (const key of Object.keys(en)) {
      const entry = catalogue[key];
      if (!entry) continue;
      expect(references(entry.message), key).toEqual(references(en[key]!.message));
      expect(placeholders(entry), key).toEqual(placeholders(en[key]!));
    }
  });

  it('has no empty message', () => {
    for (const [key, entry] of Object.entries(catalogue)) expect(entry.message.trim(), key).not.toBe('');
  });

  it('is translated: no message reads as in English except the listed ones', () => {
    expect(untranslated(locale, catalogue)).toEqual([]);
  });

  it('keeps the description within the manifest limit of 132 characters', () => {
    expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('names its own language for Intl (dates, relative times, plurals)', () => {
    expect(catalogue.a2CatalogueLocale!.message.replace('-', '_')).toBe(locale);
  });
});

describe('the untranslated check', () => {
  it('fails a locale made mostly of English copies', () => {
    const copied: Catalogue = { ...read('de') };
    for (const key of Object.keys(en).slice(0, 200)) copied[key] = en[key]!;
    expect(untranslated('de', copied).length).toBeGreaterThan(150);
  });

  it('passes a message identical to English only when it is a listed exception', () => {
    expect(untranslated('fr', { ...read('fr'), kindPage: en.kindPage! })).toEqual([]);
    expect(untranslated('es', { ...read('es'), kindPage: en.kindPage! })).toEqual(['kindPage']);
  });
});
