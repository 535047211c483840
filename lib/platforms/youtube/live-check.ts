import { googleTokenInfoStep } from '../google-tokeninfo';
import type { LiveCheckStep } from '../types';

/** youtube, youtube.upload, youtube.force-ssl, youtubepartner… all start with this. */
export const youtubeLiveCheck: readonly LiveCheckStep[] = [
  googleTokenInfoStep({ prefixes: ['https://www.googleapis.com/auth/youtube'], label: 'YouTube' }),
];
