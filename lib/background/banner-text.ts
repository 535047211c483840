import type { MessageKey, Translate } from '@/lib/i18n/message-key';
import { postsCountText } from '@/lib/i18n/posts-words';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import type { PlatformId } from '../domain/platform-id';
import { PLATFORM_NAMES } from '../domain/platform-names';
import type { Status } from '../domain/token-status';
import type { BannerRowText, BannerText } from '../messaging/views';

/** A profile a banner is about, before it is put into words. */
export interface BannerEntry {
  id: string;
  platform: PlatformId;
  name: string;
  status: Status;
  reasonTitle: string;
  /** `''` when there is no usable http(s) URL. */
  reconnectUrl: string;
  /** How many scheduled posts it will cost, when a tool counted them: a banner shows this count, never a post. */
  postsAtRisk?: number;
}

/** The profiles a banner lists (most urgent first), and how many need attention in all. */
export interface BannerSelection {
  profiles: BannerEntry[];
  total: number;
}

/** The words of one language: its catalogue and the locale its numbers, plurals and lists follow. */
interface Words {
  t: Translate;
  locale: string;
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Picks the singular or plural message (getMessage has no plural rules of its own). */
function plural(words: Words, count: number, one: MessageKey, other: MessageKey, rest: string[]) {
  const form = new Intl.PluralRules(words.locale).select(count);
  return words.t(form === 'one' ? one : other, [new Intl.NumberFormat(words.locale).format(count), ...rest]);
}

/**
 * Names the platforms in the heading: "Facebook and Instagram" when exact (every profile is listed, or the
 * site has one platform), else "Facebook or Instagram" (the unlisted ones could be of any of the site's
 * platforms). In the site's own order, whatever order the profiles come in.
 */
function platformPhrase(state: BannerSelection, sitePlatforms: readonly PlatformId[], words: Words) {
  const listed = distinct(state.profiles.map((p) => p.platform));
  const exact = state.total === state.profiles.length || sitePlatforms.length === 1;
  const named = exact ? listed : distinct([...listed, ...sitePlatforms]);
  const names = distinct([...sitePlatforms.filter((p) => named.includes(p)), ...named]).map(
    (p) => PLATFORM_NAMES[p],
  );
  // One name is itself in every language.
  if (names.length === 1) return names[0]!;
  return new Intl.ListFormat(words.locale, { type: exact ? 'conjunction' : 'disjunction' }).format(names);
}

function row(profile: BannerEntry, { t, locale }: Words): BannerRowText {
  const meta = [PLATFORM_NAMES[profile.platform], t(STATUS_LABEL_KEYS[profile.status])];
  if (profile.postsAtRisk) meta.push(postsCountText(t, locale, profile.postsAtRisk, profile.status));
  return {
    id: profile.id,
    name: profile.name,
    status: profile.status,
    meta: meta.join(' · '),
    reasonTitle: profile.reasonTitle,
    ...(profile.reconnectUrl ? { reconnectUrl: profile.reconnectUrl } : {}),
    reconnectLabel: t('bannerReconnectLabel', [profile.name]),
  };
}

/**
 * Everything a site's banner shows, in words: the content script only puts it into elements (it has no
 * i18n of its own, so a page load of a banner site never waits for the extension's catalogue). `null` when
 * nothing needs attention (no banner at all).
 */
export function bannerText(
  state: BannerSelection,
  sitePlatforms: readonly PlatformId[],
  words: Words,
): BannerText | null {
  if (state.total === 0 || state.profiles.length === 0) return null;
  const { t } = words;
  // The list comes most urgent first: when the first one only expires, so do all the others.
  const onlyExpiring = state.profiles[0]?.status === 'expiring';
  const platforms = platformPhrase(state, sitePlatforms, words);
  const heading = onlyExpiring
    ? plural(words, state.total, 'bannerHeadingExpiringOne', 'bannerHeadingExpiringOther', [platforms])
    : plural(words, state.total, 'bannerHeadingReconnectOne', 'bannerHeadingReconnectOther', [platforms]);
  const more = state.total - state.profiles.length;
  return {
    heading,
    rows: state.profiles.map((p) => row(p, words)),
    more,
    labels: {
      region: t('bannerRegion'),
      reconnect: t('bannerReconnect'),
      more: t('bannerMore', [String(more)]),
      moreLabel: t('bannerMoreLabel', [String(state.total)]),
      snooze: t('bannerSnooze'),
      dismiss: t('bannerDismiss'),
      dismissHint: t('bannerDismissHint'),
    },
  };
}
