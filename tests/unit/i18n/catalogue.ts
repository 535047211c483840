import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '@/components/i18n';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n.getMessage`'s rules over a real catalogue of public/_locales: named placeholders, then $1…$9. */
export function translator(locale: string): Translate {
  const catalogue: Catalogue = JSON.parse(
    readFileSync(join(__dirname, '../../../public/_locales', locale, 'messages.json'), 'utf8'),
  );
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`No message "${key}" in ${locale}/messages.json`);
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}
