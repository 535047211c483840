import type { MessageKey, Translate } from '@/lib/i18n/message-key';
import messages from '@/public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue: Catalogue = messages;

/** `browser.i18n.getMessage` over the real English catalogue: named placeholders, then $1…$9. */
function t(key: MessageKey, subs: string | string[] = []): string {
  const substitutions = typeof subs === 'string' ? [subs] : subs;
  const entry = catalogue[key];
  if (!entry) throw new Error(`No message "${key}" in messages.json`);
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}

/** The English catalogue and its locale, as the background puts a banner into words. */
export const english: { t: Translate; locale: string } = { t, locale: 'en' };
