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
    const tool = SOURCES[id] as SourceTool;
    const baseUrl = tool.address === 'required' ? 'https://social.example.test' : undefined;
    return tool.sync({ key, baseUrl, perform: worldPerform(world, timeoutMs), now: new Date() });
  };
  const states = (result: SyncResult) =>
    result.ok ? Object.fromEntries(result.channels.map((c) => [c.externalId, c.state])) : result.problem;

  it('maps every tool host (and Buffer’s reconnect page) to the world', () => {
    for (const host of [
      'api.buffer.com',
      'api.ayrshare.com',
      'app.publer.com',
      'api.postiz.com',
      'social.example.test',
    ]) {
      expect(world.hosts).toContain(host);
    }
    expect(world.hosts).toContain('account.buffer.com');
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
      expect(states(result)).toEqual({ 'ch-1': 'connected', 'ch-2': 'connected', 'ch-3': 'locked' });
      if (!result.ok) return;
      expect(result.channels.find((c) => c.externalId === 'ch-2')).toMatchObject({
        platform: 'x',
        handle: 'examplebakes',
        organization: { id: 'org-b', name: 'Florist' },
      });
      expect(world.requests({ host: 'api.buffer.com' })).toHaveLength(3);
    });

    it('picks up a flipped channel and a removed one', async () => {
      setUp();
      world.tools.buffer.flip('ch-1');
      world.tools.buffer.remove('ch-2');
      expect(states(await sync('buffer'))).toEqual({ 'ch-1': 'disconnected', 'ch-3': 'locked' });
      world.tools.buffer.flip('ch-1');
      expect(states(await sync('buffer'))).toEqual({ 'ch-1': 'connected', 'ch-3': 'locked' });
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
      const result = await SOURCES.buffer?.sync({
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
    it('lists linked networks; a disconnected one leaves activeSocialAccounts and reads as unknown', async () => {
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
      expect(states(await sync('ayrshare'))).toMatchObject({ 'facebook:110001': 'unknown' });
    });

    it('refuses a wrong key, and reads its rate limit from x-ratelimit-reset', async () => {
      expect(await sync('ayrshare', 'FAKE-KEY-nobody')).toMatchObject({ ok: false, problem: 'key-refused' });
      world.tools.ayrshare.setKey(KEY);
      world.tools.ayrshare.fail('rate-limit', { times: 1, retryAfterSeconds: 120 });
      const limited = await sync('ayrshare');
      expect(limited).toMatchObject({ ok: false, problem: 'rate-limited' });
      if (!limited.ok) expect(limited.retryAfterMs).toBeGreaterThan(100_000);
    });
  });
});
