import type { PlatformDefinition } from '../types';
import { googleBusinessLiveCheck } from './live-check';

export const googleBusiness: PlatformDefinition = {
  id: 'google-business',
  displayName: 'Google Business Profile',
  mark: 'gb',
  policy: {
    lifetimeDays: null,
    source:
      'PLATFORMS.md: Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)',
  },
  manageAccessUrl: 'https://myaccount.google.com/connections',
  siteMatches: [],
  apiHosts: ['oauth2.googleapis.com'],
  liveCheck: googleBusinessLiveCheck,
};
