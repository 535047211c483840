import type { PlatformDefinition } from '../types';
import { instagramLiveCheck } from './live-check';

export const instagram: PlatformDefinition = {
  id: 'instagram',
  displayName: 'Instagram',
  mark: 'ig',
  policy: {
    lifetimeDays: 60,
    source: 'docs/platforms.md: Instagram long-lived tokens last 60 days; via Facebook Login, as Facebook',
  },
  manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
  siteMatches: ['*://*.instagram.com/*'],
  apiHosts: ['graph.instagram.com', 'graph.facebook.com'],
  liveCheck: instagramLiveCheck,
};
