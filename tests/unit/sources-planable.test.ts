import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import { getSource } from '@/lib/storage/source-repository';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { backgroundFor, testClock } from './background/context';
import { worldPerform } from './sources/world-perform';

const clock = testClock('2026-11-26T12:00:00Z');
const KEY = 'pln_FAKE_planable_0001';
const EXPIRES = '2027-02-18T22:59:59.000Z';
let world: FakeWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});
beforeEach(() => {
  for (const tool of Object.values(world.tools)) tool.reset();
});

function background() {
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: worldPerform(world),
    onSynced: () => reconcile(clock.now),
    notifyProblem: async () => undefined,
  };
  return backgroundFor(clock, async () => 0, deps);
}

async function verdicts() {
  const state = await reconcile(clock.now);
  return Object.fromEntries(state.entries.map((e) => [e.profile.name, [e.verdict.status, e.verdict.reason]]));
}

describe('Planable through the background, against its fake API on api.planable.io', () => {
  it('a page with isConnected false is broken in Planable; the token’s typed expiry is kept and shown', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    planable.setOrganizations([{ id: 'wks_1', name: 'Example Bakery' }]);
    planable.setChannels([
      { id: 'pg_1', service: 'facebook', name: 'Example Bakery' },
      { id: 'pg_2', service: 'instagram', name: 'examplebakery', state: 'disconnected' },
    ]);
    const bg = background();
    const answer = await bg.data({
      type: 'source-connect',
      tool: 'planable',
      key: KEY,
      keyExpiresAt: EXPIRES,
    });
    expect(answer.source).toMatchObject({
      toolName: 'Planable',
      label: 'Planable: Example Bakery',
      profiles: 2,
      state: 'ok',
      keyExpiresAt: EXPIRES,
      keyExpiryField: true,
    });
    expect(await verdicts()).toEqual({
      'Example Bakery': ['ok', undefined],
      examplebakery: ['disconnected', 'source-disconnected'],
    });
  });

  it('a refused token (expired, revoked) is the source’s problem: the pages keep their last word', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    planable.setChannels([
      { id: 'pg_1', service: 'linkedin', name: 'Example Bakery', state: 'disconnected' },
    ]);
    const bg = background();
    const { source } = await bg.data({
      type: 'source-connect',
      tool: 'planable',
      key: KEY,
      keyExpiresAt: EXPIRES,
    });
    const before = await verdicts();
    planable.setKey(KEY, 'revoked');
    clock.advance(20 * 60_000);
    const synced = await bg.data({ type: 'source-sync', id: source!.id });
    expect(synced.source).toMatchObject({ state: 'refused', lastSync: { problem: 'key-refused' } });
    expect(await verdicts()).toEqual(before);
    // Syncs, good or failed, keep the day the person typed.
    expect((await getSource(source!.id))?.keyExpiresAt).toBe(EXPIRES);
  });

  it('a new key takes its own expiry, or none: the old key’s date never stays with the new key', async () => {
    const planable = world.tools.planable;
    planable.setKey(KEY);
    planable.setKey('pln_FAKE_planable_0002');
    const bg = background();
    const { source } = await bg.data({
      type: 'source-connect',
      tool: 'planable',
      key: KEY,
      keyExpiresAt: EXPIRES,
    });
    const id = source!.id;
    const later = '2027-11-30T22:59:59.000Z';
    await bg.data({ type: 'source-replace-key', id, key: 'pln_FAKE_planable_0002', keyExpiresAt: later });
    expect((await getSource(id))?.keyExpiresAt).toBe(later);
    await bg.data({ type: 'source-replace-key', id, key: KEY });
    expect(await getSource(id)).not.toHaveProperty('keyExpiresAt');
  });

  it('a tool whose key has no expiry of its own keeps none, whatever the message says', async () => {
    world.tools.publer.setKey(KEY);
    const bg = background();
    const { source } = await bg.data({
      type: 'source-connect',
      tool: 'publer',
      key: KEY,
      keyExpiresAt: EXPIRES,
    });
    expect(await getSource(source!.id)).not.toHaveProperty('keyExpiresAt');
  });
});
