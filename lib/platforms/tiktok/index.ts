import type { PlatformDefinition } from '../types';

export const tiktok: PlatformDefinition = {
  id: 'tiktok',
  displayName: 'TikTok',
  mark: 'tt',
  policy: {
    lifetimeDays: 180,
    source:
      'docs/platforms.md: refresh tokens last 180 days (older apps 365); the 2-hour access token is renewed by the publisher',
  },
  manageAccessUrl: 'https://www.tiktok.com/setting',
  siteMatches: [],
  apiHosts: [],
  noLiveCheck:
    'access tokens last 2 to 24 hours while the publishing tool renews them with a refresh token the extension never sees: a pasted token proves nothing after that',
};
