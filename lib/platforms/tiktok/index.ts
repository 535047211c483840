import type { PlatformDefinition } from '../types';
import { tiktokLiveCheck } from './live-check';

export const tiktok: PlatformDefinition = {
  id: 'tiktok',
  displayName: 'TikTok',
  mark: 'tt',
  policy: {
    lifetimeDays: 180,
    source:
      'PLATFORMS.md: refresh tokens last 180 days (older apps 365); the 2-hour access token is renewed by the publisher',
  },
  manageAccessUrl: 'https://www.tiktok.com/setting',
  siteMatches: [],
  apiHosts: ['open.tiktokapis.com'],
  liveCheck: tiktokLiveCheck,
};
