import { classifyGraphMe } from '../graph-errors';
import type { LiveCheckStep } from '../types';

/**
 * Threads answers "who am I" in the Graph API's shape, errors included (docs/platforms.md). The token stays
 * in the `access_token` query parameter: the Threads API documents no other way to send it
 * (https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions), and a header
 * the host ignored would read as "no token" (Graph 2500), a false "disconnected". The URL never leaves
 * the background: no log, error text or message carries it (lib/background/http.ts).
 */
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
