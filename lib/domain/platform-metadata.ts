import type { PlatformId } from './platform-id';
import { PLATFORM_NAMES } from './platform-names';

/**
 * What every page needs to know about a platform, and what the domain's rules depend on: pure data, no
 * request and no classifier. The live checks (requests, answer classifiers, error tables) are background
 * code in lib/platforms/<id>/; pages and content scripts import this table only, so that a Facebook page
 * load does not carry them. Facts and sources: docs/platforms.md.
 */

/**
 * How long a connection lives by date, when no live answer says otherwise. Each figure's source is in
 * docs/platforms.md ("Lifetimes at a glance", which a test holds to these figures) and in a comment beside
 * it: words for developers stay out of the bundles every page loads.
 */
export interface TokenPolicy {
  /** Days from connection to expiry; `null` when connections do not expire by date. */
  lifetimeDays: number | null;
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
   * about a pasted token means something: where it is `false`, a token a user can paste says nothing about
   * the publishing tool's connection a few hours later (why, per platform: the comment beside it and
   * docs/platforms.md; the options page says it in a translated sentence, components/options/no-check-reason.ts).
   */
  liveCheck: boolean;
}

/** Every platform's metadata, by id. Adding a platform to `PLATFORM_IDS` fails to compile until it is here. */
export const PLATFORM_METADATA = {
  facebook: {
    id: 'facebook',
    displayName: PLATFORM_NAMES.facebook,
    mark: 'f',
    // Long-lived user token, expires_in ≈ 5,184,000 s (~60 days); publishers reconnect every ~60 days
    policy: { lifetimeDays: 60 },
    manageAccessUrl: 'https://www.facebook.com/settings?tab=business_tools',
    liveCheck: true,
  },
  instagram: {
    id: 'instagram',
    displayName: PLATFORM_NAMES.instagram,
    mark: 'ig',
    // Instagram long-lived tokens last 60 days; via Facebook Login, as Facebook
    policy: { lifetimeDays: 60 },
    manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
    liveCheck: true,
  },
  linkedin: {
    id: 'linkedin',
    displayName: PLATFORM_NAMES.linkedin,
    mark: 'in',
    // LinkedIn access tokens last 60 days
    policy: { lifetimeDays: 60 },
    manageAccessUrl: 'https://www.linkedin.com/psettings/permitted-services',
    liveCheck: true,
  },
  x: {
    id: 'x',
    displayName: PLATFORM_NAMES.x,
    mark: 'x',
    // OAuth 1.0a user tokens do not expire by date (they die on revoke, suspension or lock)
    policy: { lifetimeDays: null },
    manageAccessUrl: 'https://x.com/settings/connected_apps',
    // No live check: OAuth 1.0a tokens cannot be sent without the publishing app’s consumer secret,
    // and OAuth 2.0 access tokens last 2 hours: a pasted token proves nothing about the connection
    // after that.
    liveCheck: false,
  },
  threads: {
    id: 'threads',
    displayName: PLATFORM_NAMES.threads,
    mark: 'th',
    // Threads long-lived tokens last 60 days
    policy: { lifetimeDays: 60 },
    manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
    liveCheck: true,
  },
  pinterest: {
    id: 'pinterest',
    displayName: PLATFORM_NAMES.pinterest,
    mark: 'p',
    // ~30 days, an unsourced figure: change it here (and in docs/platforms.md) when a source says otherwise
    policy: { lifetimeDays: 30 },
    manageAccessUrl: 'https://www.pinterest.com/settings/security',
    liveCheck: true,
  },
  tiktok: {
    id: 'tiktok',
    displayName: PLATFORM_NAMES.tiktok,
    mark: 'tt',
    // Refresh tokens last 180 days (older apps 365); the 2-hour access token is renewed by the publisher
    policy: { lifetimeDays: 180 },
    manageAccessUrl: 'https://www.tiktok.com/setting',
    // No live check: access tokens last 2 to 24 hours while the publishing tool renews them with a
    // refresh token the extension never sees: a pasted token proves nothing after that.
    liveCheck: false,
  },
  youtube: {
    id: 'youtube',
    displayName: PLATFORM_NAMES.youtube,
    mark: 'yt',
    // Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)
    policy: { lifetimeDays: null },
    manageAccessUrl: 'https://myaccount.google.com/connections',
    // No live check: Google access tokens last 1 hour while the publishing tool renews them with a
    // refresh token the extension never sees: a pasted token proves nothing after that.
    liveCheck: false,
  },
  'google-business': {
    id: 'google-business',
    displayName: PLATFORM_NAMES['google-business'],
    mark: 'gb',
    // Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)
    policy: { lifetimeDays: null },
    manageAccessUrl: 'https://myaccount.google.com/connections',
    // No live check: Google access tokens last 1 hour while the publishing tool renews them with a
    // refresh token the extension never sees: a pasted token proves nothing after that.
    liveCheck: false,
  },
} as const satisfies Record<PlatformId, PlatformMetadata>;

export function platform(id: PlatformId): PlatformMetadata {
  return PLATFORM_METADATA[id];
}

/** Where to reconnect: the profile's own reconnect URL, else the platform's manage-access page. */
export function reconnectTarget(profile: { platform: PlatformId; reconnectUrl?: string }): string {
  return profile.reconnectUrl ?? PLATFORM_METADATA[profile.platform].manageAccessUrl;
}
