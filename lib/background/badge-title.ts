import type { MessageKey, Translate } from '@/lib/i18n/message-key';
import type { BadgeEntry, BadgeState } from '../domain/badge';

const MAX_NAMES = 8;

/**
 * The toolbar tooltip: the extension's name, then who needs reconnecting and who expires soon, each line one
 * whole message per plural form, the names joined by Intl.ListFormat ("A, B and 3 more" in any language).
 */
export function badgeTitle(t: Translate, locale: string, badge: BadgeState): string {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const counted = (count: number, one: MessageKey, other: MessageKey, rest: string[] = []) =>
    t(rules.select(count) === 'one' ? one : other, [number.format(count), ...rest]);
  const names = (entries: BadgeEntry[]) => {
    const shown = entries
      .slice(0, MAX_NAMES)
      .map((e) => t('i18n_badgeNameOnPlatform', [e.name, e.platformName]));
    const more = entries.length - shown.length;
    if (more > 0) shown.push(counted(more, 'i18n_badgeMoreOne', 'i18n_badgeMoreOther'));
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(shown);
  };
  const lines = [t('extName')];
  const { broken, expiring } = badge;
  if (broken.length) {
    lines.push(counted(broken.length, 'i18n_badgeBrokenOne', 'i18n_badgeBrokenOther', [names(broken)]));
  }
  if (expiring.length) {
    lines.push(
      counted(expiring.length, 'i18n_badgeExpiringOne', 'i18n_badgeExpiringOther', [names(expiring)]),
    );
  }
  // The count only: which posts, and their words, are for the popup and the options page.
  const posts = [...broken, ...expiring].reduce((sum, e) => sum + (e.postsAtRisk ?? 0), 0);
  if (posts > 0) lines.push(counted(posts, 'posts_atRiskOne', 'posts_atRiskOther'));
  if (!broken.length && !expiring.length) {
    lines.push(t(badge.total ? 'i18n_badgeAllFine' : 'i18n_badgeNoProfiles'));
  }
  return lines.join('\n');
}
