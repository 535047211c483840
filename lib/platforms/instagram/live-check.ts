import { bearerGet } from '../bearer-request';
import { facebookLiveCheck } from '../facebook/live-check';
import { classifyGraphMe, type GraphError } from '../graph-errors';
import type { LiveCheckStep } from '../types';

/*
 * An Instagram profile is connected either through Instagram Login (tokens for graph.instagram.com) or
 * through Facebook Login (a Facebook token with Instagram permissions). The stored token does not say
 * which, so the check asks graph.instagram.com first. A Facebook token makes it answer 190 "Cannot parse
 * access token" (the token is not in its format): that hands over to the Facebook steps, which then give
 * the verdict — so a token that is garbage for both still ends as invalid, from Facebook's answer.
 * Any other answer (a dead Instagram token, a rate limit, an outage) is the verdict of this step.
 */
function notAnInstagramLoginToken(error: GraphError): boolean {
  return (
    error.code === 190 && error.subcode === undefined && /cannot parse access token/i.test(error.message)
  );
}

/**
 * graph.instagram.com takes the token as `Authorization: Bearer` (Meta's own examples for this host use
 * it: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api),
 * so it stays out of the URL.
 */
export const instagramMeStep: LiveCheckStep = {
  request: bearerGet('https://graph.instagram.com/me?fields=id,username'),
  classify(response, now) {
    return classifyGraphMe(response, now, { nameField: 'username', handOver: notAnInstagramLoginToken });
  },
};

export const instagramLiveCheck: readonly LiveCheckStep[] = [instagramMeStep, ...facebookLiveCheck];
