import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey, Translate } from '@/lib/i18n/message-key';

export type { MessageKey, Translate };

export interface I18n {
  t: Translate;
  /** BCP 47 tag for Intl (dates, relative times, plural rules); the runtime default when absent. */
  locale?: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Picks the singular or plural message for `count` (getMessage has no plural support of its own). */
export function plural(i18n: I18n, count: number, one: MessageKey, other: MessageKey): string {
  const form = new Intl.PluralRules(i18n.locale).select(count);
  return i18n.t(form === 'one' ? one : other, [new Intl.NumberFormat(i18n.locale).format(count)]);
}
