import type messages from '../../public/_locales/en/messages.json';

/** A key of the extension's message catalogue: a missing one does not compile. */
export type MessageKey = keyof typeof messages;

export interface BannerI18n {
  t: (key: MessageKey, substitutions?: string[]) => string;
  locale?: string;
}

/** Picks the singular or plural message (getMessage has no plural rules of its own). */
export function plural(i18n: BannerI18n, count: number, one: MessageKey, other: MessageKey, rest: string[]) {
  const form = new Intl.PluralRules(i18n.locale).select(count);
  return i18n.t(form === 'one' ? one : other, [new Intl.NumberFormat(i18n.locale).format(count), ...rest]);
}

/** "Facebook and Instagram" when the list is exact, "Facebook or Instagram" when it is a guess. */
export function listNames(i18n: BannerI18n, names: string[], exact: boolean): string {
  return new Intl.ListFormat(i18n.locale, { type: exact ? 'conjunction' : 'disjunction' }).format(names);
}
