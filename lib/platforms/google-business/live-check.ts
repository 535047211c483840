import { googleTokenInfoStep } from '../google-tokeninfo';
import type { LiveCheckStep } from '../types';

/** business.manage, and the older plus.business.manage that existing connections may still hold. */
export const googleBusinessLiveCheck: readonly LiveCheckStep[] = [
  googleTokenInfoStep({
    prefixes: [
      'https://www.googleapis.com/auth/business.manage',
      'https://www.googleapis.com/auth/plus.business.manage',
    ],
    label: 'Business Profile',
  }),
];
