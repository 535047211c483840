import type { IncomingHttpHeaders } from 'node:http';
import type { PlatformId } from '../../lib/domain/platform-id';
import type { Endpoint, FakeAnswer } from './answer';
import { bearerMe } from './bearer-answers';
import { graphDebugToken, graphMe } from './graph-answers';
import type { TokenSpec, TokenState } from './tokens';

export interface AnswerContext {
  state: TokenState;
  spec: TokenSpec | undefined;
  now: Date;
}

/** One real endpoint of a real API host (docs/platforms.md, "Live checks"). */
export interface ApiRoute {
  host: string;
  path: RegExp;
  endpoint: Endpoint;
  /** Whether this endpoint knows the token; unknown tokens answer as invalid ones do. */
  accepts(spec: TokenSpec): boolean;
  /** Where this endpoint's recorded answers live: tests/fixtures/api/<platform>/<prefix><case>.json */
  fixturePlatform: PlatformId;
  /** The folder for one token, when it is not always `fixturePlatform`. */
  fixtureFolder?: (spec: TokenSpec | undefined) => PlatformId;
  prefix: string;
  /**
   * The recorded file that answers a state (`spec` undefined: an unknown token), or `undefined` when the
   * answer must be built because it carries live data (a new token, a chosen expiry).
   */
  recording(state: TokenState, spec: TokenSpec | undefined): string | undefined;
  token(url: URL, headers: IncomingHttpHeaders): string | undefined;
  /** The built-in answer, used where no recording exists. */
  answer(context: AnswerContext): FakeAnswer;
}

const query = (name: string) => (url: URL) => url.searchParams.get(name) ?? undefined;
const bearer = (_url: URL, headers: IncomingHttpHeaders) =>
  /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
/** Graph hosts take the token either way (Bearer header, or `access_token` in the query). */
const headerOrQuery = (url: URL, headers: IncomingHttpHeaders) =>
  bearer(url, headers) ?? query('access_token')(url);
const byState = (prefix: string) => (state: TokenState) => `${prefix}${state}`;

const onFacebookGraph = (spec: TokenSpec) =>
  spec.platform === 'facebook' || (spec.platform === 'instagram' && spec.login === 'facebook');

const bearerRoute = (host: string, path: RegExp, platforms: readonly PlatformId[]): ApiRoute => ({
  host,
  path,
  endpoint: 'me',
  accepts: (spec) => platforms.includes(spec.platform),
  fixturePlatform: platforms[0]!,
  prefix: '',
  recording: byState(''),
  token: bearer,
  answer: ({ state, spec, now }) => bearerMe(platforms[0]!, state, spec, now),
});

const graphRoutes = (
  host: string,
  platform: 'instagram' | 'threads',
  mePath: RegExp,
  accepts: (spec: TokenSpec) => boolean,
): ApiRoute[] => [
  {
    host,
    path: mePath,
    endpoint: 'me',
    accepts,
    fixturePlatform: platform,
    prefix: 'me-',
    // A token this host cannot parse (unknown, or Instagram via Facebook Login) hands over to Facebook's steps.
    recording: (state, spec) => (spec || platform !== 'instagram' ? `me-${state}` : 'me-not-instagram-login'),
    token: headerOrQuery,
    answer: ({ state, spec }) => graphMe(state, spec, 'username'),
  },
];

export const API_ROUTES: readonly ApiRoute[] = [
  {
    host: 'graph.facebook.com',
    path: /^(\/v\d+\.\d+)?\/me$/,
    endpoint: 'me',
    accepts: onFacebookGraph,
    fixturePlatform: 'facebook',
    prefix: 'me-',
    recording: byState('me-'),
    token: headerOrQuery,
    answer: ({ state, spec }) => graphMe(state, spec, 'name'),
  },
  {
    host: 'graph.facebook.com',
    path: /^(\/v\d+\.\d+)?\/debug_token$/,
    endpoint: 'debug-token',
    accepts: onFacebookGraph,
    fixturePlatform: 'facebook',
    prefix: 'debug-token-',
    recording(state, spec) {
      if (!spec) return 'debug-token-invalid-access-token';
      if (spec.debugToken === 'answer')
        return spec.expiresAt === undefined ? `debug-token-${state}` : undefined;
      // Refused for a token whose owner is no developer of the app; but as the token is also the call's
      // access_token, a dead token gets the same error /me would give.
      return state === 'valid' ? 'debug-token-refused' : `me-${state}`;
    },
    token: query('input_token'),
    answer: ({ state, spec, now }) => graphDebugToken(state, spec, now),
  },
  ...graphRoutes(
    'graph.instagram.com',
    'instagram',
    /^(\/v\d+\.\d+)?\/me$/,
    (spec) => spec.platform === 'instagram' && spec.login !== 'facebook',
  ),
  ...graphRoutes('graph.threads.net', 'threads', /^\/v\d+\.\d+\/me$/, (spec) => spec.platform === 'threads'),
  bearerRoute('api.linkedin.com', /^\/v2\/userinfo$/, ['linkedin']),
  bearerRoute('api.x.com', /^\/2\/users\/me$/, ['x']),
  bearerRoute('api.pinterest.com', /^\/v5\/user_account$/, ['pinterest']),
  bearerRoute('open.tiktokapis.com', /^\/v2\/user\/info\/?$/, ['tiktok']),
  {
    ...bearerRoute('oauth2.googleapis.com', /^\/tokeninfo$/, ['youtube', 'google-business']),
    // One Google endpoint, two products: each has its own recordings (the scope differs).
    fixtureFolder: (spec) => spec?.platform ?? 'youtube',
    token: query('access_token'),
    answer: ({ state, spec, now }) => bearerMe(spec?.platform ?? 'youtube', state, spec, now),
  },
];

export function matchApiRoute(host: string, pathname: string): ApiRoute | undefined {
  return API_ROUTES.find((r) => r.host === host && r.path.test(pathname));
}

export function isApiHost(host: string): boolean {
  return API_ROUTES.some((r) => r.host === host);
}
