import type { PlatformDefinition } from '../types';
import { youtubeLiveCheck } from './live-check';

export const youtube: PlatformDefinition = {
  id: 'youtube',
  displayName: 'YouTube',
  mark: 'yt',
  policy: {
    lifetimeDays: null,
    source:
      'PLATFORMS.md: Google refresh tokens do not expire by date while used (6 months unused, or 7 days for apps in Testing)',
  },
  manageAccessUrl: 'https://myaccount.google.com/connections',
  siteMatches: [],
  apiHosts: ['oauth2.googleapis.com'],
  liveCheck: youtubeLiveCheck,
};
