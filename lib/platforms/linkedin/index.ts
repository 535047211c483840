import type { PlatformDefinition } from '../types';
import { linkedinLiveCheck } from './live-check';

export const linkedin: PlatformDefinition = {
  id: 'linkedin',
  displayName: 'LinkedIn',
  mark: 'in',
  policy: {
    lifetimeDays: 60,
    source: 'docs/platforms.md: LinkedIn access tokens last 60 days',
  },
  manageAccessUrl: 'https://www.linkedin.com/psettings/permitted-services',
  siteMatches: ['*://*.linkedin.com/*'],
  apiHosts: ['api.linkedin.com'],
  liveCheck: linkedinLiveCheck,
};
