import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { platform } from '@/lib/platforms';
import type { LiveCheckResult } from '@/lib/platforms/types';
import { type FakeWorld, SUPPORTED_STATES, startWorld } from '../fake-platforms';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Asks the world as the browser would: the real hostname, resolved to the world's port. */
function ask(world: FakeWorld, url: string, headers: Record<string, string> = {}, timeoutMs = 3000) {
  const { hostname, pathname, search } = new URL(url);
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: world.port,
        servername: hostname,
        path: pathname + search,
        headers: { host: hostname, ...headers },
        rejectUnauthorized: false,
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

const fbMe = (token: string) => `https://graph.facebook.com/v25.0/me?fields=id,name&access_token=${token}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the fake platform world', () => {
  let world: FakeWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.close());
  afterEach(() => {
    world.clearFaults();
    world.clearLog();
  });

  it('answers a valid Facebook token with who it is, and a changed password with 190/460', async () => {
    world.setToken('EAAB-FAKE-UNIT-1', { platform: 'facebook', state: 'valid', account: { name: 'Acme' } });
    const ok = await ask(world, fbMe('EAAB-FAKE-UNIT-1'));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ name: 'Acme' });

    world.setState('EAAB-FAKE-UNIT-1', 'password-changed');
    const dead = await ask(world, fbMe('EAAB-FAKE-UNIT-1'));
    expect(dead.status).toBe(400);
    expect(JSON.parse(dead.body).error).toMatchObject({ code: 190, error_subcode: 460 });
  });

  it('serves the recorded answer when a fixture holds the case', async () => {
    const file = 'tests/fixtures/api/facebook/me-password-changed.json';
    const recorded = JSON.parse(readFileSync(file, 'utf8')).response;
    world.setToken('EAAB-FAKE-UNIT-2', { platform: 'facebook', state: 'password-changed' });
    const reply = await ask(world, fbMe('EAAB-FAKE-UNIT-2'));
    expect(reply.status).toBe(recorded.status);
    expect(JSON.parse(reply.body)).toEqual(recorded.body);
  });

  it('refuses debug_token for a valid token (the check falls back to /me) and answers a dead one with its error', async () => {
    const debug = (token: string) =>
      `https://graph.facebook.com/v25.0/debug_token?input_token=${token}&access_token=${token}`;
    world.setToken('EAAB-FAKE-UNIT-3', { platform: 'facebook', state: 'valid' });
    expect(JSON.parse((await ask(world, debug('EAAB-FAKE-UNIT-3'))).body).error).toMatchObject({ code: 100 });
    world.setState('EAAB-FAKE-UNIT-3', 'password-changed');
    expect(JSON.parse((await ask(world, debug('EAAB-FAKE-UNIT-3'))).body).error).toMatchObject({
      code: 190,
      error_subcode: 460,
    });
    world.setToken('EAAB-FAKE-UNIT-4', { platform: 'facebook', state: 'valid', debugToken: 'answer' });
    expect(JSON.parse((await ask(world, debug('EAAB-FAKE-UNIT-4'))).body).data).toMatchObject({
      is_valid: true,
    });
  });

  it('hands an Instagram token of Facebook Login over from graph.instagram.com to graph.facebook.com', async () => {
    world.setToken('EAAB-FAKE-IG-FB', { platform: 'instagram', state: 'valid', login: 'facebook' });
    const ig = await ask(
      world,
      'https://graph.instagram.com/me?fields=id,username&access_token=EAAB-FAKE-IG-FB',
    );
    expect(JSON.parse(ig.body).error.message).toMatch(/Cannot parse access token/);
    expect((await ask(world, fbMe('EAAB-FAKE-IG-FB'))).status).toBe(200);
  });

  it('takes the Graph token from the Authorization header as from the query', async () => {
    world.setToken('EAAB-FAKE-HEADER', { platform: 'facebook', state: 'valid' });
    const url = 'https://graph.facebook.com/v25.0/me?fields=id,name';
    expect((await ask(world, url, bearer('EAAB-FAKE-HEADER'))).status).toBe(200);
  });

  it('answers an unknown token, or one of another platform, as an invalid token', async () => {
    world.setToken('AQX-FAKE-LINKEDIN', { platform: 'linkedin', state: 'valid' });
    for (const token of ['EAAB-NEVER-SEEN', 'AQX-FAKE-LINKEDIN']) {
      const reply = await ask(world, fbMe(token));
      expect(JSON.parse(reply.body).error).toMatchObject({ code: 190 });
    }
  });

  it.each([
    ['revoked', 401, 'REVOKED_ACCESS_TOKEN'],
    ['expired', 401, 'EXPIRED_ACCESS_TOKEN'],
    ['invalid', 401, 'INVALID_ACCESS_TOKEN'],
    ['permission-missing', 403, 'ACCESS_DENIED'],
  ] as const)('answers a LinkedIn token that is %s with %i %s', async (state, status, code) => {
    world.setToken('AQX-FAKE-LI-2', { platform: 'linkedin', state });
    const reply = await ask(world, 'https://api.linkedin.com/v2/userinfo', bearer('AQX-FAKE-LI-2'));
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ code });
  });

  it('refuses a state the platform cannot express', () => {
    expect(() => world.setToken('X-FAKE', { platform: 'x', state: 'password-changed' })).toThrow(
      /cannot answer/,
    );
  });

  it('logs which host, path and token without the token in full', async () => {
    world.setToken('EAAB-FAKE-SECRET-99', { platform: 'facebook', state: 'valid' });
    await ask(world, fbMe('EAAB-FAKE-SECRET-99'));
    const [entry] = world.requests({ token: 'EAAB-FAKE-SECRET-99' });
    expect(entry).toMatchObject({
      host: 'graph.facebook.com',
      path: '/v25.0/me',
      endpoint: 'me',
      result: 200,
    });
    expect(JSON.stringify(world.requests())).not.toContain('EAAB-FAKE-SECRET-99');
    expect(world.requests({ token: 'EAAB-OTHER' })).toEqual([]);
  });

  it('injects 500s, 429 with Retry-After and garbage for one host only, a given number of times', async () => {
    world.setToken('AQX-FAKE-LI-3', { platform: 'linkedin', state: 'valid' });
    world.fault({ kind: 'server-error' }, { host: 'api.linkedin.com', times: 1 });
    world.fault({ kind: 'rate-limit', retryAfterSeconds: 120 }, { host: 'api.x.com' });
    expect((await ask(world, 'https://api.linkedin.com/v2/userinfo', bearer('AQX-FAKE-LI-3'))).status).toBe(
      500,
    );
    expect((await ask(world, 'https://api.linkedin.com/v2/userinfo', bearer('AQX-FAKE-LI-3'))).status).toBe(
      200,
    );
    const limited = await ask(world, 'https://api.x.com/2/users/me', bearer('x'));
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '120']);

    world.clearFaults();
    world.fault({ kind: 'garbage' });
    const garbage = await ask(world, 'https://api.linkedin.com/v2/userinfo', bearer('AQX-FAKE-LI-3'));
    expect(() => JSON.parse(garbage.body)).toThrow();
  });

  it('hangs, drops and delays on request, and counts requests in flight per host', async () => {
    world.fault({ kind: 'hang' }, { host: 'api.pinterest.com' });
    await expect(ask(world, 'https://api.pinterest.com/v5/user_account', bearer('p'), 300)).rejects.toThrow(
      /timeout/,
    );
    world.fault({ kind: 'drop' }, { host: 'api.x.com' });
    await expect(ask(world, 'https://api.x.com/2/users/me', bearer('x'))).rejects.toThrow();

    world.fault({ kind: 'delay', ms: 150 }, { host: 'open.tiktokapis.com' });
    const started = Date.now();
    const replies = await Promise.all(
      [1, 2, 3].map(() => ask(world, 'https://open.tiktokapis.com/v2/user/info/', bearer('t'))),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(world.maxConcurrency('open.tiktokapis.com')).toBe(3);
    expect(world.requests({ host: 'api.pinterest.com' })[0]?.result).toBe('aborted');
  });

  /** Runs a platform's real live-check steps against the world, as the background does. */
  async function liveCheck(id: (typeof PLATFORM_IDS)[number], token: string): Promise<LiveCheckResult> {
    for (const step of platform(id).liveCheck ?? []) {
      const request = step.request(token);
      const reply = await ask(world, request.url, request.headers);
      const result = step.classify({ status: reply.status, headers: {}, body: reply.body }, new Date());
      if (result !== 'next') return result;
    }
    throw new Error('every step handed over');
  }

  /** States whose answer proves the token alive although it is not `valid`: a read scope is missing. */
  const alive = (id: string, state: string) =>
    state === 'valid' || (id === 'linkedin' && state === 'permission-missing');
  const cases = PLATFORM_IDS.filter((id) => platform(id).liveCheck).flatMap((id) =>
    SUPPORTED_STATES[id].map((state) => [id, state] as const),
  );
  it.each(cases)('%s: the product classifies the world’s "%s" answer as that state', async (id, state) => {
    const token = `FAKE-${id}-${state}-TOKEN`;
    world.setToken(token, { platform: id, state });
    const result = await liveCheck(id, token);
    expect(result.outcome).toBe(alive(id, state) ? 'valid' : 'invalid');
  });

  it('still answers the hosts the product no longer checks, so that a check made by mistake would show', async () => {
    world.setToken('FAKE-google-dead', { platform: 'youtube', state: 'invalid' });
    const reply = await ask(world, 'https://oauth2.googleapis.com/tokeninfo?access_token=FAKE-google-dead');
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'invalid_token' });
    expect(world.hosts).toEqual(
      expect.arrayContaining(['api.x.com', 'open.tiktokapis.com', 'oauth2.googleapis.com']),
    );
  });

  it('serves fixture pages with a fixed top bar and a second page on the banner sites', async () => {
    const home = await ask(world, 'https://www.facebook.com/');
    expect(home.status).toBe(200);
    expect(home.body).toMatch(/id="site-nav"[^>]*>/);
    expect(home.body).toContain('position: fixed');
    const second = await ask(world, 'https://www.linkedin.com/second');
    expect(second.body).toContain('position: sticky');
    expect(world.hosts).toEqual(expect.arrayContaining(['graph.facebook.com', 'x.com', 'threads.net']));
  });
});
