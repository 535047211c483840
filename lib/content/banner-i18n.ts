import type messages from '../../public/_locales/en/messages.json';

/** A key of the extension's message catalogue: a missing one does not compile. */
export type MessageKey = keyof typeof messages;

export interface BannerI18n {
  t: (key: MessageKey, substitutions?: string[]) => string;
  locale?: string;
}

/** The catalogue's languages (public/_locales): each writes a whole number under 1,000 as plain digits. */
const PLAIN_DIGITS = /^(en|es|de|fr|pt)(-|$)/i;

/**
 * A count in the page's words. `Intl.NumberFormat` costs 20–170 ms the first time a page uses it (Chromium
 * loads its number data then; measured on this machine), more than the rest of the banner together, and for
 * a count under 1,000 in the catalogue's languages it would write exactly `String(count)`.
 */
export function formatCount(count: number, locale: string | undefined): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000 && PLAIN_DIGITS.test(locale ?? '')) {
    return String(count);
  }
  return new Intl.NumberFormat(locale).format(count);
}

/** Picks the singular or plural message (getMessage has no plural rules of its own). */
export function plural(i18n: BannerI18n, count: number, one: MessageKey, other: MessageKey, rest: string[]) {
  const form = new Intl.PluralRules(i18n.locale).select(count);
  return i18n.t(form === 'one' ? one : other, [formatCount(count, i18n.locale), ...rest]);
}

/** "Facebook and Instagram" when the list is exact, "Facebook or Instagram" when it is a guess. */
export function listNames(i18n: BannerI18n, names: string[], exact: boolean): string {
  // One name is itself in every language; Intl.ListFormat costs about 20 ms the first time a page uses it.
  if (names.length === 1) return names[0]!;
  return new Intl.ListFormat(i18n.locale, { type: exact ? 'conjunction' : 'disjunction' }).format(names);
}
