import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toHistoryView } from '@/lib/background/history-view';
import { reconcile } from '@/lib/background/reconcile';
import { type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { readHistory } from '@/lib/storage/history-read';
import { listProfiles, putProfiles, updateProfile } from '@/lib/storage/profile-repository';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { backgroundFor, testClock } from '../background/context';
import { worldPerform } from './world-perform';

/**
 * Issue 19 ("the tool's word, merged right") against the real sync, merge, repository and notifications,
 * with the fake tools answering on their real hostnames.
 */
const clock = testClock('2026-11-26T12:00:00Z');
const KEY = 'TOOL-FAKE-KEY-MERGE-1';
const MIN = 60_000;
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
  return { ...backgroundFor(clock, async () => 0, deps), deps };
}

async function verdictOf(name: string) {
  const state = await reconcile(clock.now);
  return state.entries.find((e) => e.profile.name === name)?.verdict;
}

const notifications = async () =>
  Object.values(await fakeBrowser.notifications.getAll()) as { title: string; message: string }[];

describe('item 1: a listing never overrides a failure', () => {
  it('a disabled Postiz channel over a revoked token and a lapsed lifetime stays disconnected', async () => {
    await putProfiles([
      {
        id: 'cafe',
        platform: 'linkedin',
        name: 'Example Cafe Ltd',
        handle: 'examplecafe',
        hasToken: true,
        connectedAt: '2026-08-01T00:00:00.000Z',
        createdAt: '2026-08-01T00:00:00.000Z',
        updatedAt: '2026-08-01T00:00:00.000Z',
        lastVerdict: { at: '2026-11-25T00:00:00.000Z', outcome: 'invalid', reason: 'token-revoked' },
        lastCheck: { at: '2026-11-25T00:00:00.000Z', outcome: 'invalid', reason: 'token-revoked' },
      },
    ]);
    world.tools.postiz.setKey(KEY);
    world.tools.postiz.setChannels([
      { id: 'z2', service: 'linkedin', name: 'Example Cafe Ltd', handle: 'examplecafe', state: 'locked' },
    ]);
    await background().data({ type: 'source-connect', tool: 'postiz', key: KEY });
    const verdict = await verdictOf('Example Cafe Ltd');
    expect(verdict).toMatchObject({ status: 'disconnected', reason: 'token-revoked' });
    expect(verdict?.notices).toEqual([{ reason: 'source-disabled', tool: 'Postiz' }]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('item 2: the same channel in two organizations', () => {
  it('keeps both links; the broken one decides and each is named', async () => {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setOrganizations([
      { id: 'org-client', name: 'Client org' },
      { id: 'org-agency', name: 'Agency org' },
    ]);
    buffer.setChannels([
      {
        id: 'c1',
        service: 'facebook',
        name: 'Acme Coffee',
        handle: 'acmecoffee',
        organization: 'org-client',
      },
      {
        id: 'c2',
        service: 'facebook',
        name: 'Acme Coffee',
        handle: 'acmecoffee',
        organization: 'org-agency',
      },
    ]);
    const bg = background();
    await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
    expect((await listProfiles()).profiles).toHaveLength(1);
    buffer.setState('c1', 'disconnected');
    clock.advance(16 * MIN);
    const source = (await bg.data({ type: 'source-list' })).sources[0]!;
    await bg.data({ type: 'source-sync', id: source.id });
    const verdict = await verdictOf('Acme Coffee');
    expect(verdict).toMatchObject({ status: 'disconnected', reason: 'source-disconnected' });
    expect(verdict?.reasonTool).toBe('Buffer (Client org)');
    expect(verdict?.links).toEqual([
      { tool: 'Buffer (Client org)', state: 'disconnected', reason: 'source-disconnected' },
      { tool: 'Buffer (Agency org)', state: 'connected' },
    ]);
  });
});

describe('item 3: Ayrshare unlinks a broken connection', () => {
  it('a network that vanishes is counted on the badge and notified once', async () => {
    const ayrshare = world.tools.ayrshare;
    ayrshare.setKey(KEY);
    ayrshare.setChannels([
      { id: 'f1', service: 'facebook', name: 'Example Bakery', handle: 'examplebakery' },
      { id: 'l1', service: 'linkedin', name: 'Bakery Ltd' },
    ]);
    const bg = background();
    const { source } = await bg.data({ type: 'source-connect', tool: 'ayrshare', key: KEY });
    ayrshare.flip('f1'); // Ayrshare unlinks it: gone from activeSocialAccounts and displayNames
    for (let i = 0; i < 2; i++) {
      clock.advance(16 * MIN);
      await syncSource(source!.id, bg.deps, 'due');
    }
    expect(await verdictOf('Example Bakery')).toMatchObject({
      status: 'disconnected',
      reason: 'source-unlinked',
      reasonTool: 'Ayrshare',
      gone: false,
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const shown = await notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toContain('Unlinked by Ayrshare');
  });

  it('its only network vanishing is still the signal, not an empty-list glitch', async () => {
    const ayrshare = world.tools.ayrshare;
    ayrshare.setKey(KEY);
    ayrshare.setChannels([{ id: 'f1', service: 'facebook', name: 'Example Bakery' }]);
    const bg = background();
    const { source } = await bg.data({ type: 'source-connect', tool: 'ayrshare', key: KEY });
    ayrshare.flip('f1');
    clock.advance(16 * MIN);
    expect(await syncSource(source!.id, bg.deps, 'due')).toMatchObject({ kind: 'synced' });
    expect(await verdictOf('Example Bakery')).toMatchObject({
      status: 'disconnected',
      reason: 'source-unlinked',
    });
  });
});

describe('item 4: a definitive refusal of a pasted token is never silently OK', () => {
  it('counts it, notifies it, and keeps the tool’s word beside it', async () => {
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([{ id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acme' }]);
    await background().data({ type: 'source-connect', tool: 'buffer', key: KEY });
    const [p] = (await listProfiles()).profiles;
    const refused = {
      at: clock.now().toISOString(),
      outcome: 'invalid' as const,
      reason: 'password-changed' as const,
    };
    await updateProfile(p!.id, (c) => ({ ...c, hasToken: true, lastCheck: refused, lastVerdict: refused }));
    const verdict = await verdictOf('Acme Coffee');
    expect(verdict).toMatchObject({
      status: 'disconnected',
      reason: 'password-changed',
      toolStillConnected: 'Buffer',
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await notifications())[0]?.message).toContain('Password changed');
  });
});

describe('item 5: Buffer’s paused queue', () => {
  it('is a notice beside an OK status, never red', async () => {
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([
      { id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acme', queuePaused: true },
    ]);
    await background().data({ type: 'source-connect', tool: 'buffer', key: KEY });
    const verdict = await verdictOf('Acme Coffee');
    expect(verdict?.status).toBe('ok');
    expect(verdict?.notices).toEqual([{ reason: 'source-paused', tool: 'Buffer' }]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('item 7: a hand-made profile is linked, not duplicated', () => {
  it('a profile with a name and no handle takes Buffer’s channel; a tie links none and is shown', async () => {
    const bg = background();
    await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Acme Coffee', notes: 'mine' },
    });
    await bg.data({ type: 'save-profile', profile: { platform: 'instagram', name: 'Acme Café' } });
    await bg.data({ type: 'save-profile', profile: { platform: 'instagram', name: 'acme cafe' } });
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([
      { id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acmecoffee' },
      { id: 'c2', service: 'instagram', name: 'ACME CAFE', handle: 'acmecafe' },
    ]);
    const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
    const { profiles } = await listProfiles();
    expect(profiles.map((p) => p.name).sort()).toEqual(['Acme Café', 'Acme Coffee', 'acme cafe']);
    expect(profiles.find((p) => p.name === 'Acme Coffee')).toMatchObject({
      notes: 'mine',
      handle: 'acmecoffee',
    });
    expect(source?.ambiguous).toEqual([{ platform: 'instagram', name: 'ACME CAFE', candidates: 2 }]);
  });
});

describe('item 8: Disconnect and remove its profiles (N) removes exactly the N it shows', () => {
  it('deletes only what the tool made and still lists; unlinks the person’s own and the gone ones', async () => {
    const bg = background();
    await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Acme Coffee', notes: 'mine' },
    });
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setChannels([
      { id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acmecoffee' },
      { id: 'c2', service: 'instagram', name: 'Made By Buffer', handle: 'made' },
      { id: 'c3', service: 'linkedin', name: 'Soon Gone', handle: 'soongone' },
    ]);
    const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
    buffer.remove('c3');
    clock.advance(16 * MIN);
    await bg.data({ type: 'source-sync', id: source!.id });
    const shown = (await bg.data({ type: 'source-list' })).sources[0]!;
    expect(shown).toMatchObject({ profiles: 2, removable: 1, gone: 1 });
    const { removed } = await bg.data({ type: 'source-disconnect', id: source!.id, removeProfiles: true });
    expect(removed).toBe(shown.removable);
    const left = (await listProfiles()).profiles;
    expect(left.map((p) => p.name).sort()).toEqual(['Acme Coffee', 'Soon Gone']);
    expect(left.every((p) => p.sources === undefined)).toBe(true);
    expect(left.find((p) => p.name === 'Acme Coffee')?.notes).toBe('mine');
  });
});

describe('item 12: history records tool reports', () => {
  it('a sync that changes a channel’s state writes an entry with the tool; one that does not, none', async () => {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setChannels([{ id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acme' }]);
    const bg = background();
    const connectedAt = clock.now().toISOString();
    const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
    const [p] = (await listProfiles()).profiles;
    clock.advance(16 * MIN);
    await syncSource(source!.id, bg.deps, 'due');
    buffer.flip('c1');
    clock.advance(16 * MIN);
    await syncSource(source!.id, bg.deps, 'due');
    expect((await readHistory(p!.id)).map(toHistoryView)).toEqual([
      { at: clock.now().toISOString(), outcome: 'invalid', reason: 'source-disconnected', tool: 'Buffer' },
      { at: connectedAt, outcome: 'valid', tool: 'Buffer' },
    ]);
  });
});
