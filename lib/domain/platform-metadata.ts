import type { PlatformId } from './platform-id';
import { PLATFORM_NAMES } from './platform-names';

/**
 * What every page needs to know about a platform, and what the domain's rules depend on: pure data, no
 * request and no classifier. The live checks (requests, answer classifiers, error tables) are background
 * code in lib/platforms/<id>/; pages and content scripts import this table only, so that a Facebook page
 * load does not carry them. Facts and sources: docs/platforms.md.
 */

/** How long a connection lives by date, when no live answer says otherwise. */
export interface TokenPolicy {
  /** Days from connection to expiry; `null` when connections do not expire by date. */
  lifetimeDays: number | null;
  /** Where the figure comes from (docs/platforms.md), or why there is none. */
  source: string;
}

export interface PlatformMetadata {
  id: PlatformId;
  displayName: string;
  /** Short mark shown next to the name where there is no logo (two letters at most). */
  mark: string;
  policy: TokenPolicy;
  /** Where a user manages which apps can access the account. */
  manageAccessUrl: string;
  /**
   * Whether a pasted token is checked live (the steps are in lib/platforms/<id>/). Only where the answer
   * about a pasted token means something (docs/platforms.md).
   */
  liveCheck: boolean;
  /**
   * Why a platform has no live check (set exactly when `liveCheck` is false): a token a user can paste says
   * nothing about the publishing tool's connection a few hours later. For developers; the options page has
   * its own translated sentence.
   */
  noLiveCheck?: string;
}

/** Every platform's metadata, by id. Adding a platform to `PLATFORM_IDS` fails to compile until it is here. */
export const PLATFORM_METADATA = {
  facebook: {
    id: 'facebook',
    displayName: PLATFORM_NAMES.facebook,
    mark: 'f',
    policy: {
      lifetimeDays: 60,
      source:
        'docs/platforms.md: long-lived user token, expires_in ≈ 5,184,000 s (~60 days); publishers reconnect every ~60 days',
    },
    manageAccessUrl: 'https://www.facebook.com/settings?tab=business_tools',
    liveCheck: true,
  },
  instagram: {
    id: 'instagram',
    displayName: PLATFORM_NAMES.instagram,
    mark: 'ig',
    policy: {
      lifetimeDays: 60,
      source: 'docs/platforms.md: Instagram long-lived tokens last 60 days; via Facebook Login, as Facebook',
    },
    manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
    liveCheck: true,
  },
  linkedin: {
    id: 'linkedin',
    displayName: PLATFORM_NAMES.linkedin,
    mark: 'in',
    policy: {
      lifetimeDays: 60,
      source: 'docs/platforms.md: LinkedIn access tokens last 60 days',
    },
    manageAccessUrl: 'https://www.linkedin.com/psettings/permitted-services',
    liveCheck: true,
  },
  x: {
    id: 'x',
    displayName: PLATFORM_NAMES.x,
    mark: 'x',
    policy: {
      lifetimeDays: null,
      source:
        'docs/platforms.md: OAuth 1.0a user tokens do not expire by date (they die on revoke, suspension or lock)',
    },
    manageAccessUrl: 'https://x.com/settings/connected_apps',
    liveCheck: false,
    noLiveCheck:
      'OAuth 1.0a tokens cannot be sent without the publishing app’s consumer secret, and OAuth 2.0 access tokens last 2 hours: a pasted token proves nothing about the connection after that',
  },
  threads: {
    id: 'threads',
    displayName: PLATFORM_NAMES.threads,
    mark: 'th',
    policy: {
      lifetimeDays: 60,
      source: 'docs/platforms.md: Threads long-lived tokens last 60 days',
    },
    manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
    liveCheck: true,
  },
  pinterest: {
    id: 'pinterest',
    displayName: PLATFORM_NAMES.pinterest,
    mark: 'p',
    policy: {
      lifetimeDays: 30,
      source: 'docs/platforms.md: ~30 days, an unsourced figure; change it here when a source says otherwise',
    },
    manageAccessUrl: 'https://www.pinterest.com/settings/security',
    liveCheck: true,
  },
  tiktok: {
    id: 'tiktok',
    displayName: PLATFORM_NAMES.tiktok,
    mark: 'tt',
    policy: {
      lifetimeDays: 180,
      source:
        'docs/platforms.md: refresh tokens last 180 days (older apps 365); the 2-hour access token is renewed by the publisher',
    },
    manageAccessUrl: 'https://www.tiktok.com/setting',
    liveCheck: false,
    noLiveCheck:
      'access tokens last 2 to 24 hours while the publishing tool renews them with a refresh token the extension never sees: a pasted token proves nothing after that',
  },
  youtube: {
    id: 'youtube',
    displayName: PLATFORM_NAMES.youtube,
    mark: 'yt',
    policy: {
      lifetimeDays: null,
      source:
        'docs/platforms.md: Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)',
    },
    manageAccessUrl: 'https://myaccount.google.com/connections',
    liveCheck: false,
    noLiveCheck:
      'Google access tokens last 1 hour while the publishing tool renews them with a refresh token the extension never sees: a pasted token proves nothing after that',
  },
  'google-business': {
    id: 'google-business',
    displayName: PLATFORM_NAMES['google-business'],
    mark: 'gb',
    policy: {
      lifetimeDays: null,
      source:
        'docs/platforms.md: Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)',
    },
    manageAccessUrl: 'https://myaccount.google.com/connections',
    liveCheck: false,
    noLiveCheck:
      'Google access tokens last 1 hour while the publishing tool renews them with a refresh token the extension never sees: a pasted token proves nothing after that',
  },
} as const satisfies Record<PlatformId, PlatformMetadata>;

export function platform(id: PlatformId): PlatformMetadata {
  return PLATFORM_METADATA[id];
}

/** Where to reconnect: the profile's own reconnect URL, else the platform's manage-access page. */
export function reconnectTarget(profile: { platform: PlatformId; reconnectUrl?: string }): string {
  return profile.reconnectUrl ?? PLATFORM_METADATA[profile.platform].manageAccessUrl;
}
