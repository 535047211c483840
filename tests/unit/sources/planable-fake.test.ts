import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { worldPerform } from './world-perform';

const KEY = 'pln_FAKE_world_Zq81Lm27';

/** The fake Planable the e2e world plays, read by the real sync: it must agree with the recordings. */
describe('the fake world plays Planable on api.planable.io', () => {
  let world: FakeWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.close());
  afterEach(() => {
    world.clearFaults();
    world.tools.planable.reset();
  });

  const sync = (key = KEY) =>
    SOURCES.planable.sync({ key, perform: worldPerform(world, 2000), now: new Date() });

  it('maps its API host and its reconnect page to the world', () => {
    expect(world.hosts).toContain('api.planable.io');
    expect(world.hosts).toContain('app.planable.io');
  });

  it('pages through 150 pages in two requests after the workspaces; a flipped page is disconnected', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    planable.setOrganizations([{ id: 'wks_1', name: 'Example Bakery' }]);
    planable.setChannels(
      Array.from({ length: 150 }, (_, i) => ({
        id: `pg_${i}`,
        service: 'facebook',
        name: `Example Page ${i}`,
      })),
    );
    planable.flip('pg_149');
    const result = await sync();
    expect(result).toMatchObject({ ok: true, requests: 3 });
    if (!result.ok) return;
    expect(result.channels).toHaveLength(150);
    expect(result.channels.find((c) => c.externalId === 'pg_149')?.state).toBe('disconnected');
    expect(result.channels[0]).toMatchObject({
      state: 'connected',
      organization: { name: 'Example Bakery' },
    });
  });

  it('refuses another token; its 429 carries the wait in X-RateLimit-Reset; faults are never a verdict', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    expect(await sync('pln_FAKE_nobody_0000')).toMatchObject({ ok: false, problem: 'key-refused' });
    planable.fail('rate-limit', { times: 1, retryAfterSeconds: 5 });
    const limited = await sync();
    expect(limited).toMatchObject({ ok: false, problem: 'rate-limited' });
    if (!limited.ok) expect(limited.retryAfterMs).toBeGreaterThan(4000);
    planable.fail('server-error', { times: 1 });
    expect(await sync()).toMatchObject({ ok: false, problem: 'server-error' });
  });

  it('answers the posts of a page (none scheduled in the fake) after listing the pages', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    planable.setChannels([
      { id: 'pg_1', service: 'instagram', name: 'Example Bakery', state: 'disconnected' },
    ]);
    const result = await SOURCES.planable.posts!({
      key: KEY,
      perform: worldPerform(world, 2000),
      now: new Date(),
      channelIds: ['pg_1'],
    });
    expect(result).toEqual({ ok: true, posts: [], requests: 2 });
  });
});
