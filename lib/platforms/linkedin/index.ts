import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';
import { linkedinLiveCheck } from './live-check';

export const linkedin = withCheck(PLATFORM_METADATA.linkedin, {
  apiHosts: ['api.linkedin.com'],
  liveCheck: linkedinLiveCheck,
});
