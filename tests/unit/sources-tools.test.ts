import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcile } from '@/lib/background/reconcile';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { MIXPOST_HOST } from '../fake-platforms/tools';
import { backgroundFor, testClock } from './background/context';
import { worldPerform } from './sources/world-perform';

const clock = testClock('2026-11-26T12:00:00Z');
const KEY = 'TOOL-FAKE-KEY-0001';
let world: FakeWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
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

/** Each tool end to end through the background: connect, channels become profiles, the tool's word as status. */
describe('every publishing tool through the background, against the fake world', () => {
  it('Mixpost (self-hosted): the address is needed, and an unauthorized account is red', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const mixpost = world.tools.mixpost;
    mixpost.setKey(KEY);
    mixpost.setChannels([
      { id: 'm1', service: 'facebook_page', name: 'Example Bakery', handle: 'examplebakery' },
      { id: 'm2', service: 'linkedin', name: 'Example Bakery Ltd', state: 'disconnected' },
    ]);
    const bg = background();
    const answer = await bg.data({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: `https://${MIXPOST_HOST}`,
    });
    expect(answer.source).toMatchObject({ toolName: 'Mixpost', profiles: 2, state: 'ok' });
    expect(await verdicts()).toEqual({
      'Example Bakery': ['ok', undefined],
      'Example Bakery Ltd': ['disconnected', 'source-disconnected'],
    });
  });

  it('Publer lists its accounts only: dates and live checks decide their status', async () => {
    const publer = world.tools.publer;
    publer.setKey(KEY);
    publer.setChannels([{ id: 'p1', service: 'instagram', name: 'Example Florist', handle: 'examplef' }]);
    const bg = background();
    const answer = await bg.data({ type: 'source-connect', tool: 'publer', key: KEY });
    expect(answer.source).toMatchObject({ toolName: 'Publer', profiles: 1, reportsHealth: false });
    expect(await verdicts()).toEqual({ 'Example Florist': ['unknown', 'no-dates'] });
  });

  // Issue 19 item 1: a disabled channel used to read as OK ("locked" counted as connected).
  it('Postiz lists its channels; a disabled one is a notice, never a verdict either way', async () => {
    const postiz = world.tools.postiz;
    postiz.setKey(KEY);
    postiz.setChannels([
      { id: 'z1', service: 'x', name: 'Example Cafe', handle: 'examplecafe' },
      { id: 'z2', service: 'linkedin', name: 'Example Cafe Ltd', state: 'locked' },
    ]);
    const bg = background();
    const answer = await bg.data({ type: 'source-connect', tool: 'postiz', key: KEY });
    expect(answer.source).toMatchObject({ toolName: 'Postiz', profiles: 2 });
    const got = await verdicts();
    // A listing says nothing: no dates and no token, so "can't tell", for both.
    expect(got['Example Cafe Ltd']).toEqual(['unknown', 'no-dates']);
    expect(got['Example Cafe']).toEqual(['unknown', 'no-dates']);
    const { entries } = await reconcile(clock.now);
    const disabled = entries.find((e) => e.profile.name === 'Example Cafe Ltd');
    expect(disabled?.verdict.notices).toEqual([{ reason: 'source-disabled', tool: 'Postiz' }]);
  });

  it('a wrong key is refused by each tool and adds nothing', async () => {
    const bg = background();
    for (const tool of ['buffer', 'ayrshare', 'publer', 'postiz'] as const) {
      world.tools[tool].setKey(KEY);
      const answer = await bg.data({ type: 'source-connect', tool, key: 'WRONG-KEY-0000' });
      expect(answer.refused?.problem).toBe('key-refused');
    }
    expect((await bg.data({ type: 'source-list' })).sources).toEqual([]);
  });
});
