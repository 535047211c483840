import { describe, expect, it } from 'vitest';
import { SOURCES, TOOL_IDS } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';
import { DEFAULT_NOW, FIXTURE_BASE, FIXTURE_KEY, loadSourceFixture, requestName } from './source-fixtures';

const now = new Date(DEFAULT_NOW);
const ok = (body: unknown, status = 200): SourceResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A perform that answers from a script of responses, logging the requests. */
function scripted(answers: ((r: SourceRequest) => SourceResponse | 'timeout' | 'throw')[]) {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const answer = answers[log.length - 1]?.(request) ?? ok({}, 500);
    if (answer === 'throw') throw new Error('socket hang up');
    if (answer === 'timeout') return { ok: false, kind: 'timeout', detail: 'No answer in 15 s' };
    return { ok: true, response: answer };
  };
  return { perform, log };
}

const recorded = (tool: (typeof TOOL_IDS)[number]) => (r: SourceRequest) =>
  loadSourceFixture(tool, `${requestName(tool, r)}.json`).response;

describe('every tool', () => {
  it.each(TOOL_IDS)(
    '%s sends the key only in a header, over https, and validates with the same requests it syncs',
    async (tool) => {
      const { perform, log } = scripted(Array.from({ length: 4 }, () => recorded(tool)));
      const ctx = { key: FIXTURE_KEY, baseUrl: FIXTURE_BASE[tool], perform, now };
      const validated = await SOURCES[tool].validate(ctx);
      const synced = await SOURCES[tool].sync(ctx);
      expect(validated).toEqual(synced);
      expect(validated.ok).toBe(true);
      for (const request of log) {
        expect(new URL(request.url).protocol).toBe('https:');
        expect(request.url).not.toContain(FIXTURE_KEY);
        expect(request.body ?? '').not.toContain(FIXTURE_KEY);
        expect(Object.values(request.headers).some((v) => v.includes(FIXTURE_KEY))).toBe(true);
      }
    },
  );

  it.each(TOOL_IDS)(
    '%s turns a timeout and a thrown transport error into problems of the sync',
    async (tool) => {
      const base = FIXTURE_BASE[tool];
      const timedOut = await SOURCES[tool].sync({
        key: FIXTURE_KEY,
        baseUrl: base,
        perform: scripted([() => 'timeout']).perform,
        now,
      });
      expect(timedOut).toMatchObject({ ok: false, problem: 'timeout', requests: 1 });
      const thrown = await SOURCES[tool].sync({
        key: FIXTURE_KEY,
        baseUrl: base,
        perform: scripted([() => 'throw']).perform,
        now,
      });
      expect(thrown).toMatchObject({ ok: false, problem: 'network', requests: 1 });
    },
  );
});

describe('Buffer', () => {
  const orgs = ok({
    data: {
      account: {
        organizations: [
          { id: 'o1', name: 'One' },
          { id: 'o2', name: 'Two' },
        ],
      },
    },
  });
  const channels = (id: string, disconnected: boolean) =>
    ok({
      data: {
        channels: [
          { id, name: id, service: 'facebook', type: 'page', isDisconnected: disconnected, isLocked: false },
        ],
      },
    });

  it('asks each organization for its channels, in one request each', async () => {
    const { perform, log } = scripted([() => orgs, () => channels('a', false), () => channels('b', true)]);
    const result = await SOURCES.buffer.sync({ key: FIXTURE_KEY, perform, now });
    expect(result).toMatchObject({ ok: true, requests: 3 });
    expect(log.slice(1).map((r) => JSON.parse(r.body ?? '{}').variables.input.organizationId)).toEqual([
      'o1',
      'o2',
    ]);
    if (result.ok)
      expect(result.channels.map((c) => [c.externalId, c.state, c.organization?.name])).toEqual([
        ['a', 'connected', 'One'],
        ['b', 'disconnected', 'Two'],
      ]);
  });

  it('fails the whole sync when one organization fails: a partial list would make channels look removed', async () => {
    const { perform } = scripted([
      () => orgs,
      () => channels('a', false),
      () => ok({ errors: [{ message: 'x', extensions: { code: 'UNEXPECTED' } }] }),
    ]);
    expect(await SOURCES.buffer.sync({ key: FIXTURE_KEY, perform, now })).toMatchObject({
      ok: false,
      problem: 'server-error',
      requests: 3,
    });
  });

  it('reads a locked and disconnected channel as disconnected (the problem the user can fix)', async () => {
    const both = ok({
      data: { channels: [{ id: 'c', name: 'c', service: 'tiktok', isDisconnected: true, isLocked: true }] },
    });
    const { perform } = scripted([
      () => ok({ data: { account: { organizations: [{ id: 'o1', name: 'One' }] } } }),
      () => both,
    ]);
    const result = await SOURCES.buffer.sync({ key: FIXTURE_KEY, perform, now });
    expect(result.ok && result.channels[0]?.state).toBe('disconnected');
  });

  it('treats 5xx as Buffer’s failure even when its body names the key as refused', async () => {
    const { perform } = scripted([
      () => ok({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }, 503),
    ]);
    expect(await SOURCES.buffer.sync({ key: FIXTURE_KEY, perform, now })).toMatchObject({
      ok: false,
      problem: 'server-error',
    });
  });
});

describe('Mixpost', () => {
  const workspaces = ok({ data: [{ uuid: 'ws-1', name: 'Bakery' }] });
  const account = (uuid: string) => ({
    uuid,
    name: uuid,
    username: uuid,
    provider: 'twitter',
    authorized: true,
  });

  it.each([[undefined], ['http://social.example.test'], ['https://user:secret@social.example.test']])(
    'refuses the address %j without a request',
    async (baseUrl) => {
      const { perform, log } = scripted([]);
      expect(await SOURCES.mixpost.sync({ key: FIXTURE_KEY, baseUrl, perform, now })).toMatchObject({
        ok: false,
        problem: 'bad-address',
        requests: 0,
      });
      expect(log).toHaveLength(0);
    },
  );

  it('uses the core path the user gives, else /mixpost', async () => {
    for (const [baseUrl, url] of [
      ['https://social.example.test', 'https://social.example.test/mixpost/api/workspaces'],
      ['https://example.test/social', 'https://example.test/social/api/workspaces'],
    ]) {
      const { perform, log } = scripted([() => ok({ data: [] })]);
      await SOURCES.mixpost.sync({ key: FIXTURE_KEY, baseUrl, perform, now });
      expect(log[0]?.url).toBe(url);
    }
  });

  it('follows next pages on the instance, and refuses a next page elsewhere', async () => {
    const page1 = ok({
      data: [account('a1')],
      links: { next: 'https://social.example.test/mixpost/api/ws-1/accounts?page=2' },
    });
    const page2 = ok({ data: [account('a2')], links: { next: null } });
    const { perform, log } = scripted([() => workspaces, () => page1, () => page2]);
    const result = await SOURCES.mixpost.sync({
      key: FIXTURE_KEY,
      baseUrl: 'https://social.example.test',
      perform,
      now,
    });
    expect(result.ok && result.channels.map((c) => c.externalId)).toEqual(['a1', 'a2']);
    expect(log[2]?.url).toBe('https://social.example.test/mixpost/api/ws-1/accounts?page=2');

    const away = ok({ data: [account('a1')], links: { next: 'https://evil.example.test/steal' } });
    const second = scripted([() => workspaces, () => away]);
    const refused = await SOURCES.mixpost.sync({
      key: FIXTURE_KEY,
      baseUrl: 'https://social.example.test',
      perform: second.perform,
      now,
    });
    expect(refused).toMatchObject({ ok: false, problem: 'unreadable', requests: 2 });
    expect(second.log.map((r) => new URL(r.url).host)).not.toContain('evil.example.test');
  });

  it('stops a page loop before it becomes a request storm', async () => {
    const loop = ok({
      data: [account('a1')],
      links: { next: 'https://social.example.test/mixpost/api/ws-1/accounts?page=2' },
    });
    const { perform, log } = scripted([() => workspaces, ...Array.from({ length: 30 }, () => () => loop)]);
    const result = await SOURCES.mixpost.sync({
      key: FIXTURE_KEY,
      baseUrl: 'https://social.example.test',
      perform,
      now,
    });
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(log.length).toBeLessThanOrEqual(21);
  });
});

describe('Postiz', () => {
  it.each([
    [undefined, 'https://api.postiz.com/public/v1/integrations'],
    ['', 'https://api.postiz.com/public/v1/integrations'],
    ['https://postiz.example.test/api/', 'https://postiz.example.test/api/public/v1/integrations'],
  ])('with the address %j asks %s, the key as the whole Authorization header', async (baseUrl, url) => {
    const { perform, log } = scripted([() => ok([])]);
    expect(await SOURCES.postiz.sync({ key: FIXTURE_KEY, baseUrl, perform, now })).toMatchObject({
      ok: true,
    });
    expect(log[0]?.url).toBe(url);
    expect(log[0]?.headers.Authorization).toBe(FIXTURE_KEY);
  });

  it('refuses an address that is not https, without a request', async () => {
    const { perform } = scripted([]);
    expect(
      await SOURCES.postiz.sync({ key: FIXTURE_KEY, baseUrl: 'http://postiz.example.test', perform, now }),
    ).toMatchObject({ ok: false, problem: 'bad-address', requests: 0 });
  });

  it('reconnects at the app of the instance, or of the cloud', () => {
    expect(SOURCES.postiz.reconnectUrl()).toBe('https://platform.postiz.com/launches');
    expect(SOURCES.postiz.reconnectUrl('https://postiz.example.test/api')).toBe(
      'https://postiz.example.test/launches',
    );
  });
});

describe('Ayrshare', () => {
  it('counts refreshDaysRemaining from the sync’s clock', async () => {
    const body = ok({
      activeSocialAccounts: ['linkedin'],
      displayNames: [{ platform: 'linkedin', id: 'l', displayName: 'L', refreshDaysRemaining: 0.5 }],
    });
    const { perform } = scripted([() => body]);
    const result = await SOURCES.ayrshare.sync({ key: FIXTURE_KEY, perform, now });
    expect(result.ok && result.channels[0]?.expiresAt).toBe('2026-11-27T00:00:00.000Z');
  });

  it('sends its key as a Bearer header to api.ayrshare.com/api/user', async () => {
    const { perform, log } = scripted([() => ok({ activeSocialAccounts: [] })]);
    await SOURCES.ayrshare.sync({ key: FIXTURE_KEY, perform, now });
    expect(log[0]).toMatchObject({
      method: 'GET',
      url: 'https://api.ayrshare.com/api/user',
      headers: { Authorization: `Bearer ${FIXTURE_KEY}` },
    });
  });
});

describe('Publer', () => {
  it('asks each workspace for its accounts with its Publer-Workspace-Id, the key as Bearer-API', async () => {
    const workspaces = ok([
      { id: 'w1', name: 'One' },
      { id: 'w2', name: 'Two' },
    ]);
    const { perform, log } = scripted([() => workspaces, () => ok([]), () => ok([])]);
    expect(await SOURCES.publer.sync({ key: FIXTURE_KEY, perform, now })).toMatchObject({
      ok: true,
      requests: 3,
    });
    expect(log.map((r) => [r.url, r.headers['Publer-Workspace-Id']])).toEqual([
      ['https://app.publer.com/api/v1/workspaces', undefined],
      ['https://app.publer.com/api/v1/accounts', 'w1'],
      ['https://app.publer.com/api/v1/accounts', 'w2'],
    ]);
    expect(log.every((r) => r.headers.Authorization === `Bearer-API ${FIXTURE_KEY}`)).toBe(true);
  });
});

describe('Buffer’s requests', () => {
  it('posts the two documented queries to api.buffer.com, the organization as a variable', async () => {
    const { perform, log } = scripted([recorded('buffer'), recorded('buffer')]);
    await SOURCES.buffer.sync({ key: FIXTURE_KEY, perform, now });
    const [orgs, channels] = log.map((r) => JSON.parse(r.body ?? '{}'));
    expect(log.every((r) => r.method === 'POST' && r.url === 'https://api.buffer.com')).toBe(true);
    expect(orgs.query).toBe('query { account { organizations { id name } } }');
    expect(channels.query).toMatch(
      /^query Channels\(\$input: ChannelsInput!\) \{ channels\(input: \$input\) \{ id name displayName service type .*isDisconnected isLocked/,
    );
    expect(channels.variables).toEqual({ input: { organizationId: '64f0c0ffee0000000000a001' } });
  });
});

describe('Zernio', () => {
  it('sends its key as a Bearer header to zernio.com/api/v1/accounts/health, once', async () => {
    const { perform, log } = scripted([() => ok({ accounts: [] })]);
    expect(await SOURCES.zernio.sync({ key: FIXTURE_KEY, perform, now })).toEqual({
      ok: true,
      channels: [],
      requests: 1,
    });
    expect(log).toEqual([
      {
        method: 'GET',
        url: 'https://zernio.com/api/v1/accounts/health',
        headers: { Authorization: `Bearer ${FIXTURE_KEY}`, Accept: 'application/json' },
      },
    ]);
  });

  it('keeps its own error words in the detail', async () => {
    const { perform } = scripted([() => ok({ code: 'forbidden_scope', error: 'Key is read-only' }, 403)]);
    const result = await SOURCES.zernio.sync({ key: FIXTURE_KEY, perform, now });
    expect(result).toMatchObject({ ok: false, problem: 'forbidden' });
    expect(!result.ok && result.detail).toContain('Key is read-only');
  });
});

describe('PostFast', () => {
  it('sends its key in pf-api-key to api.postfa.st, never as a Bearer or in the URL', async () => {
    const { perform, log } = scripted([() => ok([])]);
    expect(await SOURCES.postfast.sync({ key: FIXTURE_KEY, perform, now })).toMatchObject({ ok: true });
    expect(log).toEqual([
      {
        method: 'GET',
        url: 'https://api.postfa.st/social-media/my-social-accounts',
        headers: { 'pf-api-key': FIXTURE_KEY, Accept: 'application/json' },
      },
    ]);
  });

  it('waits the longest of its per-throttler Retry-After headers', async () => {
    const limited: SourceResponse = {
      status: 429,
      headers: { 'retry-after-short': '60', 'retry-after-long': '2395', 'x-ratelimit-reset-medium': '300' },
      body: '{"statusCode":429,"message":"ThrottlerException: Too Many Requests"}',
    };
    const { perform } = scripted([() => limited]);
    expect(await SOURCES.postfast.sync({ key: FIXTURE_KEY, perform, now })).toMatchObject({
      ok: false,
      problem: 'rate-limited',
      retryAfterMs: 2_395_000,
    });
  });
});
