import type { SourceRequest } from '../types';

/** Hootsuite's OAuth 2 server and REST API share one host (docs/publishing-tools.md, Hootsuite). */
export const HOOTSUITE_HOST = 'platform.hootsuite.com';
export const HOOTSUITE_AUTHORIZE = `https://${HOOTSUITE_HOST}/oauth2/auth`;
export const HOOTSUITE_TOKEN = `https://${HOOTSUITE_HOST}/oauth2/token`;
export const HOOTSUITE_PROFILES = `https://${HOOTSUITE_HOST}/v1/socialProfiles`;

/** The person's own Hootsuite app: its REST API client id and secret. */
export interface HootsuiteClient {
  clientId: string;
  clientSecret: string;
}

/**
 * The page the person signs in on. `offline` is the scope that makes Hootsuite issue a refresh token; `state`
 * is our nonce, checked on the way back (Hootsuite wants at least 8 characters).
 */
export function authorizeUrl(clientId: string, redirectUri: string, state: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'offline',
    state,
  });
  return `${HOOTSUITE_AUTHORIZE}?${params}`;
}

/** Base64 of UTF-8 text (btoa alone takes only Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Hootsuite takes the client's credentials only in an HTTP Basic header, never in the body. */
function tokenRequest(client: HootsuiteClient, form: Record<string, string>): SourceRequest {
  return {
    method: 'POST',
    url: HOOTSUITE_TOKEN,
    headers: {
      Authorization: `Basic ${base64(`${client.clientId}:${client.clientSecret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: new URLSearchParams(form).toString(),
  };
}

/** The authorization code for the first tokens. A code is single-use: this is sent once, never retried. */
export function codeExchangeRequest(
  client: HootsuiteClient,
  code: string,
  redirectUri: string,
): SourceRequest {
  return tokenRequest(client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
}

/** A new access token for the single-use refresh token; the answer holds the next refresh token. */
export function refreshRequest(client: HootsuiteClient, refreshToken: string): SourceRequest {
  return tokenRequest(client, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** Every social profile the signed-in member can reach, with its `isReauthRequired`. */
export function profilesRequest(accessToken: string): SourceRequest {
  return {
    method: 'GET',
    url: HOOTSUITE_PROFILES,
    headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
  };
}
