import type { PlatformDefinition } from '../types';
import { xLiveCheck } from './live-check';

export const x: PlatformDefinition = {
  id: 'x',
  displayName: 'X',
  mark: 'x',
  policy: {
    lifetimeDays: null,
    source:
      'PLATFORMS.md: OAuth 1.0a user tokens do not expire by date (they die on revoke, suspension or lock)',
  },
  manageAccessUrl: 'https://x.com/settings/connected_apps',
  siteMatches: ['*://x.com/*', '*://*.x.com/*'],
  apiHosts: ['api.x.com'],
  liveCheck: xLiveCheck,
};
