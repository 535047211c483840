import { browser } from 'wxt/browser';
import type { I18n, MessageKey } from '@/components/i18n';

/** The extension's own message catalogue, for the pages' I18nContext. */
export function extensionI18n(): I18n {
  return {
    // An unknown key gives '' from getMessage: show the key so the gap is visible, not a blank.
    t: (key: MessageKey, substitutions?: string | string[]) =>
      browser.i18n.getMessage(key, substitutions) || key,
    locale: browser.i18n.getUILanguage(),
  };
}
