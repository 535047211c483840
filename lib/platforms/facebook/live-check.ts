import { bearerGet } from '../bearer-request';
import { classifyGraphMe } from '../graph-errors';
import type { LiveCheckStep } from '../types';
import { debugTokenStep } from './debug-token';
import { GRAPH } from './graph-version';

/** Step 2: `/me`, which every working token may call; the token goes in the Authorization header. */
export const meStep: LiveCheckStep = {
  request: bearerGet(`${GRAPH}/me?fields=id,name`),
  classify(response, now) {
    return classifyGraphMe(response, now, { nameField: 'name' });
  },
};

export const facebookLiveCheck: readonly LiveCheckStep[] = [debugTokenStep, meStep];
