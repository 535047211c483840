import { browser } from 'wxt/browser';
import type { I18n, MessageKey } from '@/components/i18n';

/** The extension's own message catalogue, for the pages' I18nContext. */
export function extensionI18n(): I18n {
  return {
    // An unknown key gives '' from getMessage: show the key so the gap is visible, not a blank.
    t: (key: MessageKey, substitutions?: string | string[]) =>
      browser.i18n.getMessage(key, substitutions) || key,
    // The catalogue's own language, not the browser's: Intl then formats dates and relative times in the
    // language of the text around them, also where no translation exists for the browser's language yet.
    locale: browser.i18n.getMessage('a2CatalogueLocale') || browser.i18n.getUILanguage(),
  };
}
