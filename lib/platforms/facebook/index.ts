import type { PlatformDefinition } from '../types';
import { facebookLiveCheck } from './live-check';

export const facebook: PlatformDefinition = {
  id: 'facebook',
  displayName: 'Facebook',
  mark: 'f',
  policy: {
    lifetimeDays: 60,
    source:
      'docs/platforms.md: long-lived user token, expires_in ≈ 5,184,000 s (~60 days); publishers reconnect every ~60 days',
  },
  manageAccessUrl: 'https://www.facebook.com/settings?tab=business_tools',
  siteMatches: ['*://*.facebook.com/*'],
  apiHosts: ['graph.facebook.com'],
  liveCheck: facebookLiveCheck,
};
