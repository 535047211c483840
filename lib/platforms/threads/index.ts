import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';
import { threadsLiveCheck } from './live-check';

export const threads = withCheck(PLATFORM_METADATA.threads, {
  apiHosts: ['graph.threads.net'],
  liveCheck: threadsLiveCheck,
});
