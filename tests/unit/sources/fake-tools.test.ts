import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import type { SourceTool, SyncResult, ToolId } from '@/lib/sources/types';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { worldPerform } from './world-perform';

const KEY = 'FAKE-KEY-world-Qx71Lm28Zp';

describe('the fake world answers the publishing tools’ APIs on their real hostnames', () => {
  let world: FakeWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.close());
  afterEach(() => {
    world.clearFaults();
    world.clearLog();
    for (const tool of Object.values(world.tools)) tool.reset();
  });

  const sync = (id: ToolId, key = KEY, timeoutMs = 2000): Promise<SyncResult> => {
    const tool: SourceTool = SOURCES[id];
    const baseUrl = tool.address === 'required' ? 'https://social.example.test' : undefined;
    return tool.sync({ key, baseUrl, perform: worldPerform(world, timeoutMs), now: new Date() });
  };
  const states = (result: SyncResult) =>
    result.ok
      ? Object.fromEntries(
          // A notice rides beside the state: `connected+locked`.
          result.channels.map((c) => [c.externalId, [c.state, ...(c.notices ?? [])].join('+')]),
        )
      : result.problem;

  it('maps every tool host (and Buffer’s reconnect page) to the world', () => {
    for (const host of [
      'api.buffer.com',
      'api.ayrshare.com',
      'app.publer.com',
      'api.postiz.com',
      'zernio.com',
      'api.postfa.st',
      'social.example.test',
    ]) {
      expect(world.hosts).toContain(host);
    }
    expect(world.hosts).toContain('account.buffer.com');
    expect(world.hosts).toContain('app.postfa.st');
  });

  describe('Buffer', () => {
    const setUp = () => {
      world.tools.buffer.setKey(KEY);
      world.tools.buffer.setOrganizations([
        { id: 'org-a', name: 'Bakery' },
        { id: 'org-b', name: 'Florist' },
      ]);
      world.tools.buffer.setChannels([
        { id: 'ch-1', service: 'facebook', name: 'Example Bakery', handle: 'examplebakery', type: 'page' },
        {
          id: 'ch-2',
          service: 'twitter',
          name: 'Example Bakes',
          handle: 'ExampleBakes',
          organization: 'org-b',
        },
        { id: 'ch-3', service: 'linkedin', name: 'Bakery Ltd', state: 'locked' },
      ]);
    };

    it('lists the channels of every organization, in one request per organization plus one', async () => {
      setUp();
      const result = await sync('buffer');
      expect(result).toMatchObject({ ok: true, requests: 3 });
      expect(states(result)).toEqual({
        'ch-1': 'connected',
        'ch-2': 'connected',
        'ch-3': 'connected+locked',
      });
      if (!result.ok) return;
      expect(result.channels.find((c) => c.externalId === 'ch-2')).toMatchObject({
        platform: 'x',
        handle: 'examplebakes',
        organization: { id: 'org-b', name: 'Florist' },
      });
      expect(world.requests({ host: 'api.buffer.com', token: KEY })).toHaveLength(3);
      expect(JSON.stringify(world.requests())).not.toContain(KEY);
    });

    it('picks up a flipped channel and a removed one', async () => {
      setUp();
      world.tools.buffer.flip('ch-1');
      world.tools.buffer.remove('ch-2');
      expect(states(await sync('buffer'))).toEqual({ 'ch-1': 'disconnected', 'ch-3': 'connected+locked' });
      world.tools.buffer.flip('ch-1');
      expect(states(await sync('buffer'))).toEqual({ 'ch-1': 'connected', 'ch-3': 'connected+locked' });
    });

    it.each([
      ['a wrong key', 'FAKE-KEY-never-registered-1', 'key-refused'],
      ['a revoked key', 'revoked', 'key-refused'],
    ])('refuses %s', async (_what, key, problem) => {
      setUp();
      world.tools.buffer.setKey('FAKE-KEY-revoked-Lq82', 'revoked');
      const result = await sync('buffer', key === 'revoked' ? 'FAKE-KEY-revoked-Lq82' : key);
      expect(result).toMatchObject({ ok: false, problem, requests: 1 });
    });

    it.each([
      ['rate-limit', { ok: false, problem: 'rate-limited', retryAfterMs: 30_000 }],
      ['server-error', { ok: false, problem: 'server-error' }],
      ['garbage', { ok: false, problem: 'unreadable' }],
    ] as const)('fails the whole sync on %s, even on the second request', async (kind, expected) => {
      setUp();
      const first = await sync('buffer');
      expect(first.ok).toBe(true);
      world.clearLog();
      // The organizations answer normally; the fault starts with the channels of the first organization.
      let remove: (() => void) | undefined;
      const perform = worldPerform(world);
      const result = await SOURCES.buffer.sync({
        key: KEY,
        now: new Date(),
        perform: async (request) => {
          const answer = await perform(request);
          remove ??= world.tools.buffer.fail(kind, { retryAfterSeconds: 30 });
          return answer;
        },
      });
      remove?.();
      expect(world.requests({ host: 'api.buffer.com' }).map((r) => r.result)).toEqual([
        200,
        kind === 'rate-limit' ? 429 : kind === 'garbage' ? 200 : 500,
      ]);
      expect(result).toMatchObject(expected);
    });

    it('turns a hang into a timeout, never a verdict', async () => {
      setUp();
      world.tools.buffer.fail('hang', { times: 1 });
      expect(await sync('buffer', KEY, 300)).toMatchObject({ ok: false, problem: 'timeout', requests: 1 });
    });
  });

  describe('Ayrshare', () => {
    it('lists linked networks; one Ayrshare unlinked is no longer reported at all', async () => {
      world.tools.ayrshare.setKey(KEY);
      world.tools.ayrshare.setChannels([
        { id: '110001', service: 'facebook', name: 'Example Bakery', handle: 'examplebakery' },
        { id: 'li-1', service: 'linkedin', name: 'Bakery Ltd', refreshDaysRemaining: 3 },
        { id: 'gmb-1', service: 'gmb', name: 'Bakery High Street' },
      ]);
      const result = await sync('ayrshare');
      expect(states(result)).toEqual({
        'facebook:110001': 'connected',
        'linkedin:li-1': 'connected',
        'gmb:gmb-1': 'connected',
      });
      if (result.ok)
        expect(result.channels.find((c) => c.service === 'gmb')?.platform).toBe('google-business');
      if (result.ok) expect(result.channels.find((c) => c.service === 'linkedin')?.expiresAt).toBeDefined();
      world.tools.ayrshare.flip('110001');
      world.tools.ayrshare.update('li-1', { refreshDaysRemaining: -1 });
      const after = await sync('ayrshare');
      expect(states(after)).not.toHaveProperty('facebook:110001');
      const linkedin = after.ok ? after.channels.find((c) => c.service === 'linkedin') : undefined;
      expect(Date.parse(linkedin?.expiresAt ?? '')).toBeLessThan(Date.now());
    });

    it('refuses a wrong key, and reads its rate limit from x-ratelimit-reset', async () => {
      expect(await sync('ayrshare', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      world.tools.ayrshare.setKey(KEY);
      world.tools.ayrshare.fail('rate-limit', { times: 1, retryAfterSeconds: 120 });
      const limited = await sync('ayrshare');
      expect(limited).toMatchObject({ ok: false, problem: 'rate-limited' });
      if (!limited.ok) expect(limited.retryAfterMs).toBeGreaterThan(100_000);
    });

    it('answers 402 to an account that owes it, and its reset header in milliseconds', async () => {
      world.tools.ayrshare.setKey(KEY, 'unpaid');
      expect(await sync('ayrshare')).toMatchObject({ ok: false, problem: 'payment-required' });
      world.tools.ayrshare.setKey(KEY);
      world.tools.ayrshare.fail('rate-limit', { times: 1, retryAfterSeconds: 118 });
      expect(await sync('ayrshare')).toMatchObject({ problem: 'rate-limited', retryAfterMs: 118_000 });
    });
  });
  describe('Mixpost, Publer and Postiz', () => {
    it('Mixpost: workspaces then accounts; a flipped account is unauthorized, a removed one gone', async () => {
      const mixpost = world.tools.mixpost;
      mixpost.setKey(KEY);
      mixpost.setOrganizations([{ id: 'ws-1', name: 'Bakery' }]);
      mixpost.setChannels([
        { id: 'acc-1', service: 'facebook_page', name: 'Example Bakery', handle: 'examplebakery' },
        { id: 'acc-2', service: 'twitter', name: 'Example Bakes', handle: 'ExampleBakes' },
      ]);
      expect(await sync('mixpost')).toMatchObject({ ok: true, requests: 2 });
      mixpost.flip('acc-2');
      expect(states(await sync('mixpost'))).toEqual({ 'acc-1': 'connected', 'acc-2': 'disconnected' });
      mixpost.remove('acc-1');
      expect(states(await sync('mixpost'))).toEqual({ 'acc-2': 'disconnected' });
      expect(world.requests({ host: 'social.example.test' }).map((r) => r.path)).toContain(
        '/mixpost/api/ws-1/accounts',
      );
      expect(await sync('mixpost', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      mixpost.fail('server-error', { times: 1 });
      expect(await sync('mixpost')).toMatchObject({ ok: false, problem: 'server-error' });
    });

    it('Mixpost Pro 4: no workspace list, so the workspace’s UUID is given', async () => {
      const mixpost = world.tools.mixpost;
      mixpost.setKey(KEY);
      mixpost.setWorkspaceList(false);
      mixpost.setOrganizations([{ id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Bakery' }]);
      mixpost.setChannels([{ id: 'acc-1', service: 'facebook_page', name: 'Example Bakery' }]);
      expect(await sync('mixpost')).toMatchObject({ ok: false, problem: 'no-workspace-list', requests: 1 });
      const perform = worldPerform(world);
      const baseUrl = 'https://social.example.test';
      const now = new Date();
      const given = { key: KEY, baseUrl, perform, now, workspace: '0f8fad5b-d9cb-469f-a165-70867728950e' };
      expect(states(await SOURCES.mixpost.sync(given))).toEqual({ 'acc-1': 'connected' });
      const unknown = { ...given, workspace: '11111111-2222-4333-8444-555555555555' };
      const missing = await SOURCES.mixpost.sync(unknown);
      expect(missing).toMatchObject({ ok: false, problem: 'not-found' });
      if (!missing.ok) expect(missing.detail).toContain('Workspace not found.');
    });

    it('Publer: the accounts of each workspace, state unknown, the key as Bearer-API', async () => {
      const publer = world.tools.publer;
      publer.setKey(KEY);
      publer.setOrganizations([
        { id: 'w-1', name: 'Bakery' },
        { id: 'w-2', name: 'Florist' },
      ]);
      publer.setChannels([
        { id: 'p-1', service: 'instagram', name: 'Example Bakery' },
        { id: 'p-2', service: 'google', name: 'Florist High Street', organization: 'w-2', type: 'location' },
      ]);
      const result = await sync('publer');
      expect(result).toMatchObject({ ok: true, requests: 3 });
      expect(states(result)).toEqual({ 'p-1': 'unknown', 'p-2': 'unknown' });
      expect(await sync('publer', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
    });

    it('Postiz: integrations, a disabled one a notice (still unknown); faults are never a verdict', async () => {
      const postiz = world.tools.postiz;
      postiz.setKey(KEY);
      postiz.setChannels([
        { id: 'i-1', service: 'x', name: 'Example Bakes', handle: 'ExampleBakes' },
        { id: 'i-2', service: 'linkedin-page', name: 'Bakery Ltd', state: 'locked' },
      ]);
      expect(states(await sync('postiz'))).toEqual({ 'i-1': 'unknown', 'i-2': 'unknown+disabled' });
      expect(await sync('postiz', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      postiz.fail('rate-limit', { times: 1, retryAfterSeconds: 5 });
      expect(await sync('postiz')).toMatchObject({ ok: false, problem: 'rate-limited', retryAfterMs: 5000 });
      postiz.fail('garbage', { times: 1 });
      expect(await sync('postiz')).toMatchObject({ ok: false, problem: 'unreadable' });
    });

    it('Zernio: account health, the exact expiry, a reconnect needed; faults are never a verdict', async () => {
      const zernio = world.tools.zernio;
      zernio.setKey(KEY);
      zernio.setChannels([
        {
          id: 'z-1',
          service: 'instagram',
          name: 'Example Bakery',
          handle: 'examplebakery',
          expiresAt: '2027-01-24T00:00:00Z',
        },
        {
          id: 'z-2',
          service: 'twitter',
          name: 'Example Bakes',
          handle: 'ExampleBakes',
          state: 'disconnected',
        },
      ]);
      const result = await sync('zernio');
      expect(states(result)).toEqual({ 'z-1': 'connected', 'z-2': 'disconnected' });
      expect(result.ok && result.channels[0]?.expiresAt).toBe('2027-01-24T00:00:00.000Z');
      expect(await sync('zernio', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      zernio.fail('rate-limit', { times: 1, retryAfterSeconds: 7 });
      expect(await sync('zernio')).toMatchObject({ ok: false, problem: 'rate-limited', retryAfterMs: 7000 });
      zernio.fail('server-error', { times: 1 });
      expect(await sync('zernio')).toMatchObject({ ok: false, problem: 'server-error' });
    });

    it('PostFast: connectionStatus, DISABLED broken and a manual pause a notice; its 403 a refused key', async () => {
      const postfast = world.tools.postfast;
      postfast.setKey(KEY);
      postfast.setChannels([
        { id: 'f-1', service: 'FACEBOOK', name: 'Example Bakery', handle: 'examplebakery' },
        { id: 'f-2', service: 'INSTAGRAM', name: 'Example Bakery', state: 'disconnected' },
        { id: 'f-3', service: 'TIKTOK', name: 'Example Bakery', state: 'locked' },
      ]);
      expect(states(await sync('postfast'))).toEqual({
        'f-1': 'connected',
        'f-2': 'disconnected',
        'f-3': 'unknown+disabled',
      });
      expect(await sync('postfast', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      postfast.fail('rate-limit', { times: 1, retryAfterSeconds: 9 });
      expect(await sync('postfast')).toMatchObject({
        ok: false,
        problem: 'rate-limited',
        retryAfterMs: 9000,
      });
      postfast.fail('garbage', { times: 1 });
      expect(await sync('postfast')).toMatchObject({ ok: false, problem: 'unreadable' });
    });

    it('Postiz: its 401s that are not a bad key', async () => {
      const postiz = world.tools.postiz;
      postiz.setKey(KEY, 'unpaid');
      expect(await sync('postiz')).toMatchObject({ ok: false, problem: 'no-subscription' });
      postiz.setKey(KEY, 'lookup-fails');
      expect(await sync('postiz')).toMatchObject({ ok: false, problem: 'server-error', httpStatus: 401 });
    });
  });
});
