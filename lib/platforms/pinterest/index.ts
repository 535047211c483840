import type { PlatformDefinition } from '../types';
import { pinterestLiveCheck } from './live-check';

export const pinterest: PlatformDefinition = {
  id: 'pinterest',
  displayName: 'Pinterest',
  mark: 'p',
  policy: {
    lifetimeDays: 30,
    source: 'docs/platforms.md: ~30 days, an unsourced figure; change it here when a source says otherwise',
  },
  manageAccessUrl: 'https://www.pinterest.com/settings/security',
  siteMatches: [],
  apiHosts: ['api.pinterest.com'],
  liveCheck: pinterestLiveCheck,
};
