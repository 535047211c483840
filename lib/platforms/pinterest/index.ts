import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';
import { pinterestLiveCheck } from './live-check';

export const pinterest = withCheck(PLATFORM_METADATA.pinterest, {
  apiHosts: ['api.pinterest.com'],
  liveCheck: pinterestLiveCheck,
});
