import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';
import { facebookLiveCheck } from './live-check';

export const facebook = withCheck(PLATFORM_METADATA.facebook, {
  apiHosts: ['graph.facebook.com'],
  liveCheck: facebookLiveCheck,
});
