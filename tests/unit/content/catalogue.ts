import type { BannerI18n, MessageKey } from '@/lib/content/banner-i18n';
import messages from '@/public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue: Catalogue = messages;

/** `browser.i18n.getMessage` over the real English catalogue: named placeholders, then $1…$9. */
function t(key: MessageKey, substitutions: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) throw new Error(`No message "${key}" in messages.json`);
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}

export const english: BannerI18n = { t, locale: 'en' };
