import { type FakeAnswer, json } from '../answer';
import {
  bearerKey,
  type FakeOAuth,
  headerText,
  type ToolBook,
  type ToolRequest,
  type ToolServer,
} from './model';

/**
 * Hootsuite on platform.hootsuite.com, in the shapes of tests/fixtures/sources/hootsuite: the sign-in page
 * (`GET /oauth2/auth`, which signs the member in at once and sends the browser back to `redirect_uri` with a
 * code and the state), the token endpoint (`POST /oauth2/token`, client credentials in HTTP Basic only,
 * single-use codes and refresh tokens) and `GET /v1/socialProfiles`. A disconnected channel is listed with
 * `isReauthRequired: 1`. Clients are the book's keys, written `<client id>:<client secret>`.
 */
export function hootsuiteServer(book: ToolBook): ToolServer {
  let serial = 0;
  let lifetime = 3599;
  let loseNext = false;
  const codes = new Map<string, { client: string; redirectUri: string }>();
  const access = new Set<string>();
  const refresh = new Map<string, string>();
  const redirects: string[] = [];
  const grants: string[] = [];

  const oauth: FakeOAuth = {
    setAccessLifetime: (seconds) => {
      lifetime = seconds;
    },
    loseNextRefresh: () => {
      loseNext = true;
    },
    expireAccessTokens: () => access.clear(),
    log: () => ({ redirects: [...redirects], grants: [...grants] }),
    reset: () => {
      lifetime = 3599;
      loseNext = false;
      codes.clear();
      access.clear();
      refresh.clear();
      redirects.length = 0;
      grants.length = 0;
    },
  };

  function client(request: ToolRequest): string | undefined {
    const basic = /^Basic\s+(\S+)$/i.exec(headerText(request.headers, 'authorization'))?.[1];
    const pair = basic ? Buffer.from(basic, 'base64').toString('utf8') : undefined;
    return pair && book.keyState(pair) === 'good' ? pair : undefined;
  }

  function issue(clientPair: string): FakeAnswer {
    serial += 1;
    const accessToken = `FAKE-hs-access-${serial}`;
    const refreshToken = `FAKE-hs-refresh-${serial}`;
    access.add(accessToken);
    refresh.set(refreshToken, clientPair);
    return json(200, {
      access_token: accessToken,
      expires_in: lifetime,
      refresh_token: refreshToken,
      scope: 'offline',
      token_type: 'bearer',
    });
  }

  const invalidGrant = (why: string) =>
    json(400, { error: 'invalid_grant', error_description: why, status_code: 400 });

  function token(request: ToolRequest): FakeAnswer {
    const pair = client(request);
    if (!pair)
      return json(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    const form = new URLSearchParams(request.body);
    const grant = form.get('grant_type') ?? '';
    grants.push(grant);
    if (grant === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!code || code.client !== pair || code.redirectUri !== form.get('redirect_uri'))
        return invalidGrant('The authorization code is invalid or was used');
      return issue(pair);
    }
    if (grant === 'refresh_token') {
      const old = form.get('refresh_token') ?? '';
      if (refresh.get(old) !== pair) return invalidGrant('The refresh token is invalid or was used');
      refresh.delete(old);
      const answer = issue(pair);
      if (!loseNext) return answer;
      loseNext = false;
      return { ...answer, drop: true };
    }
    return json(400, { error: 'unsupported_grant_type', status_code: 400 });
  }

  function authorize(url: URL): FakeAnswer {
    const id = url.searchParams.get('client_id') ?? '';
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const pair = [...book.keys.keys()].find((k) => k.startsWith(`${id}:`));
    if (!pair || !redirectUri.startsWith('https://')) return json(400, { error: 'invalid_request' });
    serial += 1;
    const code = `FAKE-hs-code-${serial}`;
    codes.set(code, { client: pair, redirectUri });
    redirects.push(redirectUri);
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    return { status: 302, headers: { location: back.toString() }, body: '' };
  }

  function profiles(request: ToolRequest): FakeAnswer {
    // A key registered with `setKey` also works as an access token (benchmarks sync the tool with a plain key).
    if (!request.key || !(access.has(request.key) || book.keyState(request.key) === 'good'))
      return json(401, { errors: [{ code: 1001, message: 'Invalid or expired access token' }] });
    return json(200, {
      data: book.channels.map((c) => ({
        id: c.id,
        type: c.service,
        socialNetworkId: `sn-${c.id}`,
        socialNetworkUsername: c.handle ?? c.name,
        avatarUrl: 'https://img.example.test/avatar.png',
        owner: 'MEMBER',
        ownerId: '2000000001',
        isReauthRequired: c.state === 'disconnected' ? 1 : 0,
      })),
    });
  }

  return {
    hosts: ['platform.hootsuite.com'],
    key: bearerKey,
    oauth,
    answer(request) {
      const path = request.url.pathname;
      if (request.method === 'GET' && path === '/oauth2/auth') return authorize(request.url);
      if (request.method === 'POST' && path === '/oauth2/token') return token(request);
      if (request.method === 'GET' && path === '/v1/socialProfiles') return profiles(request);
      return json(404, { errors: [{ code: 404, message: 'Not found' }] });
    },
  };
}
