import type { PlatformDefinition } from '../types';

export const googleBusiness: PlatformDefinition = {
  id: 'google-business',
  displayName: 'Google Business Profile',
  mark: 'gb',
  policy: {
    lifetimeDays: null,
    source:
      'docs/platforms.md: Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)',
  },
  manageAccessUrl: 'https://myaccount.google.com/connections',
  siteMatches: [],
  apiHosts: [],
  noLiveCheck:
    'Google access tokens last 1 hour while the publishing tool renews them with a refresh token the extension never sees: a pasted token proves nothing after that',
};
