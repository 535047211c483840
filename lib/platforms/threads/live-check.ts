import { classifyGraphMe } from '../graph-errors';
import type { LiveCheckStep } from '../types';

/** Threads answers "who am I" in the Graph API's shape, errors included (PLATFORMS.md). */
export const threadsMeStep: LiveCheckStep = {
  request(token) {
    return {
      method: 'GET',
      url: `https://graph.threads.net/v1.0/me?fields=id,username&access_token=${encodeURIComponent(token)}`,
    };
  },
  classify(response, now) {
    return classifyGraphMe(response, now, { nameField: 'username' });
  },
};

export const threadsLiveCheck: readonly LiveCheckStep[] = [threadsMeStep];
