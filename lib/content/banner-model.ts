import type { PlatformId } from '../domain/platform-id';
import { PLATFORM_NAMES } from '../domain/platform-names';
import type { Status } from '../domain/token-status';
import type { BannerProfile } from '../messaging/views';
import type { BannerState } from './banner-answer';
import { type BannerI18n, listNames, type MessageKey, plural } from './banner-i18n';

const STATUS_KEYS = {
  ok: 'statusOk',
  expiring: 'statusExpiring',
  expired: 'statusExpired',
  disconnected: 'statusDisconnected',
  unknown: 'statusUnknown',
} as const satisfies Record<Status, MessageKey>;

export interface BannerRow {
  id: string;
  name: string;
  status: Status;
  /** "Instagram · Expired" — the status in words, never colour alone. */
  meta: string;
  reasonTitle: string;
  /** Absent when the background gave no usable http(s) URL. */
  reconnectUrl?: string;
  reconnectLabel: string;
}

/** Everything the banner shows, as text: the view only puts it into elements. */
export interface BannerModel {
  heading: string;
  rows: BannerRow[];
  /** How many more profiles than rows need attention. */
  more: number;
  labels: {
    region: string;
    reconnect: string;
    more: string;
    moreLabel: string;
    snooze: string;
    dismiss: string;
    dismissHint: string;
  };
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * Names the platforms in the heading. Exact when every profile is listed, or the site has one platform;
 * otherwise the unlisted ones could be of any of the site's platforms, so it says "or".
 */
function platformPhrase(state: BannerState, sitePlatforms: readonly PlatformId[], i18n: BannerI18n) {
  const listed = distinct(state.profiles.map((p) => p.platform));
  const exact = state.total === state.profiles.length || sitePlatforms.length === 1;
  // The site's own order ("Facebook and Instagram"), whatever order the profiles come in.
  const named = exact ? listed : distinct([...listed, ...sitePlatforms]);
  const platforms = distinct([...sitePlatforms.filter((p) => named.includes(p)), ...named]);
  return listNames(
    i18n,
    platforms.map((p) => PLATFORM_NAMES[p]),
    exact,
  );
}

function row(profile: BannerProfile, i18n: BannerI18n): BannerRow {
  return {
    id: profile.id,
    name: profile.name,
    status: profile.status,
    meta: `${PLATFORM_NAMES[profile.platform]} · ${i18n.t(STATUS_KEYS[profile.status])}`,
    reasonTitle: profile.reasonTitle,
    reconnectUrl: profile.reconnectUrl || undefined,
    reconnectLabel: i18n.t('bannerReconnectLabel', [profile.name]),
  };
}

/** The banner for a site's answer, or undefined when nothing needs attention (no banner at all). */
export function bannerModel(
  state: BannerState,
  sitePlatforms: readonly PlatformId[],
  i18n: BannerI18n,
): BannerModel | undefined {
  if (state.total === 0 || state.profiles.length === 0) return undefined;
  // The list comes most urgent first: when the first one only expires, so do all the others.
  const onlyExpiring = state.profiles[0]?.status === 'expiring';
  const platforms = platformPhrase(state, sitePlatforms, i18n);
  const heading = onlyExpiring
    ? plural(i18n, state.total, 'bannerHeadingExpiringOne', 'bannerHeadingExpiringOther', [platforms])
    : plural(i18n, state.total, 'bannerHeadingReconnectOne', 'bannerHeadingReconnectOther', [platforms]);
  const more = state.total - state.profiles.length;
  return {
    heading,
    rows: state.profiles.map((p) => row(p, i18n)),
    more,
    labels: {
      region: i18n.t('bannerRegion'),
      reconnect: i18n.t('bannerReconnect'),
      more: i18n.t('bannerMore', [String(more)]),
      moreLabel: i18n.t('bannerMoreLabel', [String(state.total)]),
      snooze: i18n.t('bannerSnooze'),
      dismiss: i18n.t('bannerDismiss'),
      dismissHint: i18n.t('bannerDismissHint'),
    },
  };
}
