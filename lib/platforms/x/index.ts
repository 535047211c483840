import type { PlatformDefinition } from '../types';

export const x: PlatformDefinition = {
  id: 'x',
  displayName: 'X',
  mark: 'x',
  policy: {
    lifetimeDays: null,
    source:
      'docs/platforms.md: OAuth 1.0a user tokens do not expire by date (they die on revoke, suspension or lock)',
  },
  manageAccessUrl: 'https://x.com/settings/connected_apps',
  siteMatches: ['*://x.com/*', '*://*.x.com/*'],
  apiHosts: [],
  noLiveCheck:
    'OAuth 1.0a tokens cannot be sent without the publishing app’s consumer secret, and OAuth 2.0 access tokens last 2 hours: a pasted token proves nothing about the connection after that',
};
