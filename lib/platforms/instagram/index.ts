import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';
import { instagramLiveCheck } from './live-check';

export const instagram = withCheck(PLATFORM_METADATA.instagram, {
  apiHosts: ['graph.instagram.com', 'graph.facebook.com'],
  liveCheck: instagramLiveCheck,
});
