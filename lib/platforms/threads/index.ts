import type { PlatformDefinition } from '../types';
import { threadsLiveCheck } from './live-check';
import { threadsRefresh } from './refresh';

export const threads: PlatformDefinition = {
  id: 'threads',
  displayName: 'Threads',
  mark: 'th',
  policy: {
    lifetimeDays: 60,
    source: 'PLATFORMS.md: Threads long-lived tokens last 60 days',
  },
  manageAccessUrl: 'https://www.instagram.com/accounts/manage_access/',
  siteMatches: ['*://*.threads.net/*', '*://*.threads.com/*'],
  apiHosts: ['graph.threads.net'],
  liveCheck: threadsLiveCheck,
  refresh: threadsRefresh,
};
