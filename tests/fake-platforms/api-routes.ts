import type { IncomingHttpHeaders } from 'node:http';
import type { PlatformId } from '../../lib/domain/platform-id';
import type { Endpoint, FakeAnswer } from './answer';
import { bearerMe } from './bearer-answers';
import { graphDebugToken, graphMe, graphRefresh } from './graph-answers';
import type { TokenSpec, TokenState } from './tokens';

export interface AnswerContext {
  state: TokenState;
  spec: TokenSpec | undefined;
  now: Date;
  /** Registers a fresh valid token like the asked-for one and returns it (refresh). */
  issueToken: () => string;
}

/** One real endpoint of a real API host (PLATFORMS.md, "Live checks"). */
export interface ApiRoute {
  host: string;
  path: RegExp;
  /** Platforms whose tokens this endpoint accepts; other tokens answer as invalid. */
  platforms: readonly PlatformId[];
  /** The platform whose recorded fixtures hold this endpoint's answers. */
  fixturePlatform: PlatformId;
  endpoint: Endpoint;
  token(url: URL, headers: IncomingHttpHeaders): string | undefined;
  answer(context: AnswerContext): FakeAnswer;
}

const query = (name: string) => (url: URL) => url.searchParams.get(name) ?? undefined;
const bearer = (_url: URL, headers: IncomingHttpHeaders) =>
  /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];

const bearerRoute = (
  host: string,
  path: RegExp,
  platform: PlatformId,
  platforms: readonly PlatformId[] = [platform],
): ApiRoute => ({
  host,
  path,
  platforms,
  fixturePlatform: platform,
  endpoint: 'me',
  token: bearer,
  answer: ({ state, spec, now }) => bearerMe(platform, state, spec, now),
});

const graphRoutes = (host: string, platform: PlatformId, meStyle: 'name' | 'username'): ApiRoute[] => [
  {
    host,
    path: /^(\/v\d+\.\d+)?\/me$/,
    platforms: [platform],
    fixturePlatform: platform,
    endpoint: 'me',
    token: query('access_token'),
    answer: ({ state, spec }) => graphMe(state, spec, meStyle),
  },
  {
    host,
    path: /^\/refresh_access_token$/,
    platforms: [platform],
    fixturePlatform: platform,
    endpoint: 'refresh',
    token: query('access_token'),
    answer: ({ state, issueToken }) => graphRefresh(state, issueToken),
  },
];

export const API_ROUTES: readonly ApiRoute[] = [
  {
    host: 'graph.facebook.com',
    path: /^(\/v\d+\.\d+)?\/me$/,
    // Instagram accounts connected through Facebook Login use Facebook's Graph API.
    platforms: ['facebook', 'instagram'],
    fixturePlatform: 'facebook',
    endpoint: 'me',
    token: query('access_token'),
    answer: ({ state, spec }) => graphMe(state, spec, 'name'),
  },
  {
    host: 'graph.facebook.com',
    path: /^(\/v\d+\.\d+)?\/debug_token$/,
    platforms: ['facebook', 'instagram'],
    fixturePlatform: 'facebook',
    endpoint: 'debug-token',
    token: query('input_token'),
    answer: ({ state, spec, now }) => graphDebugToken(state, spec, now),
  },
  ...graphRoutes('graph.instagram.com', 'instagram', 'username'),
  ...graphRoutes('graph.threads.net', 'threads', 'username'),
  bearerRoute('api.linkedin.com', /^\/v2\/userinfo$/, 'linkedin'),
  bearerRoute('api.x.com', /^\/2\/users\/me$/, 'x'),
  bearerRoute('api.pinterest.com', /^\/v5\/user_account$/, 'pinterest'),
  bearerRoute('open.tiktokapis.com', /^\/v2\/user\/info\/?$/, 'tiktok'),
  {
    ...bearerRoute('oauth2.googleapis.com', /^\/tokeninfo$/, 'youtube', ['youtube', 'google-business']),
    token: query('access_token'),
  },
];

export function matchApiRoute(host: string, pathname: string): ApiRoute | undefined {
  return API_ROUTES.find((r) => r.host === host && r.path.test(pathname));
}

export function isApiHost(host: string): boolean {
  return API_ROUTES.some((r) => r.host === host);
}
