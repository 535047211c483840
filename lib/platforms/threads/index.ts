import type { PlatformDefinition } from '../types';
import { threadsLiveCheck } from './live-check';

export const threads: PlatformDefinition = {
  id: 'threads',
  displayName: 'Threads',
  mark: 'th',
  policy: {
    lifetimeDays: 60,
    source: 'docs/platforms.md: Threads long-lived tokens last 60 days',
  },
  manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
  siteMatches: ['*://*.threads.net/*', '*://*.threads.com/*'],
  apiHosts: ['graph.threads.net'],
  liveCheck: threadsLiveCheck,
};
