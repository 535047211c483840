import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/** The store listings of docs/store/listing, one file per locale the extension ships. */
const LOCALES = [
  { listing: 'en', catalogue: 'en' },
  { listing: 'es', catalogue: 'es' },
  { listing: 'de', catalogue: 'de' },
  { listing: 'fr', catalogue: 'fr' },
  { listing: 'pt-BR', catalogue: 'pt_BR' },
] as const;

/** The text under a `## heading` of a listing file, up to the next heading. */
function section(markdown: string, heading: string): string {
  const parts = markdown.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`${heading}\n`));
  return found ? found.slice(heading.length + 1).trim() : '';
}

async function listing(locale: string): Promise<string> {
  return readFile(`docs/store/listing/${locale}.md`, 'utf8');
}

it('the section reader finds a heading and stops at the next one', () => {
  expect(section('# T\n\n## Name\n\nX\n\n## Short description\n\nY\n', 'Name')).toBe('X');
  expect(section('## Name\n\nX\n', 'Long description')).toBe('');
});

describe.each(LOCALES)('the $listing store listing', ({ listing: locale, catalogue }) => {
  it("has the manifest's description as its short description, within Chrome's 132 characters", async () => {
    const text = await listing(locale);
    const messages = JSON.parse(
      await readFile(`public/_locales/${catalogue}/messages.json`, 'utf8'),
    ) as Record<string, { message: string }>;
    const short = section(text, 'Short description');
    // Chrome Web Store shows the manifest's description as the summary, so the two must be one text.
    expect(short).toBe(messages.extDescription?.message);
    expect([...short].length).toBeLessThanOrEqual(132);
    expect(section(text, 'Name')).toBe(messages.extName?.message);
  });

  it('has a long description of its own, in its language, that says where tokens go', async () => {
    const long = section(await listing(locale), 'Long description');
    expect(long.length).toBeGreaterThan(1500);
    expect(long.length).toBeLessThanOrEqual(16_000);
    if (locale !== 'en') {
      const english = section(await listing('en'), 'Long description');
      const englishLines = new Set(english.split('\n'));
      expect(long.split('\n').filter((line) => line && englishLines.has(line))).toEqual([]);
    }
    for (const name of ['Buffer', 'Facebook', 'API']) expect(long).toContain(name);
  });
});
