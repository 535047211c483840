import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/message-key';

/**
 * The background's words (notifications, badge tooltip, banner reasons) in the browser's language:
 * `getMessage` picks `_locales/<UI language>`, falling back to `en` for a language without a catalogue.
 */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The language of the catalogue `getMessage` reads, for Intl (plurals, lists): the text and its numbers agree. */
export function catalogueLocale(): string {
  return translate('a2CatalogueLocale');
}
