import { classifyGraphMe } from '../graph-errors';
import type { LiveCheckStep } from '../types';
import { debugTokenStep } from './debug-token';
import { GRAPH } from './graph-version';

/** Step 2: `/me`, which every working token may call. */
export const meStep: LiveCheckStep = {
  request(token) {
    return { method: 'GET', url: `${GRAPH}/me?fields=id,name&access_token=${encodeURIComponent(token)}` };
  },
  classify(response, now) {
    return classifyGraphMe(response, now, { nameField: 'name' });
  },
};

export const facebookLiveCheck: readonly LiveCheckStep[] = [debugTokenStep, meStep];
