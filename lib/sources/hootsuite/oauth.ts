import { isRecord, readJson, textField } from '../json';
import { retryWaitMs } from '../rate-limit';
import type { SourceResponse, SyncFailure } from '../types';

/** What the token endpoint gave: the pair to store together, and when the access token stops working. */
export interface HootsuiteTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO 8601. */
  expiresAt: string;
}

export type TokenAnswer = { ok: true; tokens: HootsuiteTokens } | Omit<SyncFailure, 'requests'>;

/** Hootsuite's access tokens last an hour (`expires_in` 3599); used when the answer gives no number. */
const DEFAULT_LIFETIME_S = 3_600;

/**
 * OAuth error codes that need the person to sign in again: the grant is used up or revoked
 * (`invalid_grant`, and a lost rotation ends here too), or the app's credentials are refused (`invalid_client`,
 * `unauthorized_client`: a secret regenerated in Hootsuite). Never retried: a refresh token cannot be reused.
 */
const CONNECT_AGAIN = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'access_denied']);

/** The RFC 6749 `error` code of an answer, when it looks like one (never the description: it could echo). */
function errorCode(body: unknown): string | undefined {
  const code = isRecord(body) ? textField(body, 'error') : undefined;
  return code && /^[a-z_]{1,60}$/.test(code) ? code : undefined;
}

/**
 * Reads the answer of `POST /oauth2/token` (code exchange or refresh). Details name the HTTP status and the
 * OAuth error code only: no token, secret or code is ever quoted.
 */
export function readTokenAnswer(response: SourceResponse, now: Date): TokenAnswer {
  const body = readJson(response);
  const { status } = response;
  const code = errorCode(body);
  const said = code ? ` (${code})` : '';
  const fail = (problem: SyncFailure['problem'], detail: string, retryAfterMs?: number) => ({
    ok: false as const,
    problem,
    detail,
    httpStatus: status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
  if (status === 429)
    return fail('rate-limited', `HTTP 429, too many requests${said}`, retryWaitMs(response, now));
  if (status >= 500) return fail('server-error', `HTTP ${status}${said}`, retryWaitMs(response, now));
  if (code && CONNECT_AGAIN.has(code)) return fail('connect-again', `Hootsuite refused the grant (${code})`);
  if (status === 401 || status === 403)
    return fail('connect-again', `HTTP ${status}, the app was refused${said}`);
  if (status < 200 || status > 299) return fail('unreadable', `Unexpected HTTP ${status}${said}`);
  if (!isRecord(body)) return fail('unreadable', 'The token answer was not JSON');
  const accessToken = textField(body, 'access_token');
  const refreshToken = textField(body, 'refresh_token');
  if (!accessToken) return fail('unreadable', 'The token answer had no access token');
  // Without the `offline` scope Hootsuite issues no refresh token: the connection would die within the hour.
  if (!refreshToken) return fail('unreadable', 'The token answer had no refresh token (scope offline)');
  const lifetime = body.expires_in;
  const seconds =
    typeof lifetime === 'number' && Number.isFinite(lifetime) && lifetime > 0 && lifetime < 31_536_000
      ? lifetime
      : DEFAULT_LIFETIME_S;
  const expiresAt = new Date(now.getTime() + seconds * 1000).toISOString();
  return { ok: true, tokens: { accessToken, refreshToken, expiresAt } };
}

export type AuthorizeOutcome =
  | { ok: true; code: string }
  | { ok: false; reason: 'state-mismatch' | 'denied' | 'no-code' | 'wrong-address' };

/**
 * Reads the address the sign-in page sent the browser back to. The state must be ours before anything else
 * in it is believed: a code that comes back with another state is not ours to exchange.
 */
export function readAuthorizeRedirect(
  redirected: string,
  expected: { state: string; redirectUri: string },
): AuthorizeOutcome {
  let url: URL;
  let ours: URL;
  try {
    url = new URL(redirected);
    ours = new URL(expected.redirectUri);
  } catch {
    return { ok: false, reason: 'wrong-address' };
  }
  if (url.origin !== ours.origin) return { ok: false, reason: 'wrong-address' };
  const params = url.searchParams;
  if (params.get('state') !== expected.state) return { ok: false, reason: 'state-mismatch' };
  if (params.get('error')) return { ok: false, reason: 'denied' };
  const code = params.get('code')?.trim();
  return code ? { ok: true, code } : { ok: false, reason: 'no-code' };
}
