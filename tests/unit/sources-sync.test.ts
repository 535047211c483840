import { IDBDatabase } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { MIN_SYNC_INTERVAL_MS, type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { listProfiles } from '@/lib/storage/profile-repository';
import { getSource, listSources } from '@/lib/storage/source-repository';
import { getToken } from '@/lib/storage/token-vault';
import { backgroundFor, testClock } from './background/context';
import { fakeBuffer, until } from './sources-fake-buffer';

const KEY = 'BUFFER-FAKE-KEY-0001';
const clock = testClock('2026-11-26T12:00:00Z');

function setup() {
  const buffer = fakeBuffer(KEY);
  buffer.world.channels = [
    {
      id: 'fb',
      organizationId: 'org-1',
      service: 'facebook',
      name: 'acmecoffee',
      displayName: 'Acme Coffee',
    },
    { id: 'li', organizationId: 'org-1', service: 'linkedin', name: 'acme', isDisconnected: true },
    { id: 'md', organizationId: 'org-1', service: 'mastodon', name: 'acme@mastodon.example' },
  ];
  const notifyProblem = vi.fn(async () => undefined);
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: buffer.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem,
    random: () => 0.5,
  };
  const bg = backgroundFor(clock, async () => 0, deps);
  return { buffer, deps, bg, notifyProblem };
}

type Setup = ReturnType<typeof setup>;

async function connect({ bg }: Setup, key = KEY) {
  return bg.data({ type: 'source-connect', tool: 'buffer', key });
}

async function statuses() {
  const state = await reconcile(clock.now);
  return Object.fromEntries(
    state.entries.map((e) => [e.profile.name, [e.verdict.status, e.verdict.stale ? 'stale' : 'fresh']]),
  );
}

beforeEach(() => clock.set('2026-11-26T12:00:00Z'));

describe('connecting a publishing tool', () => {
  it('a refused key adds nothing and says which tool refused it', async () => {
    const s = setup();
    const answer = await connect(s, 'WRONG-KEY-0000');
    expect(answer.refused).toMatchObject({ toolName: 'Buffer', problem: 'key-refused' });
    expect(await listSources()).toEqual([]);
    expect((await listProfiles()).profiles).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain('WRONG-KEY-0000');
  });

  it('a working key is kept in the vault, never in an answer, and its channels become profiles', async () => {
    const s = setup();
    const answer = await connect(s);
    const id = answer.source!.id;
    expect(answer.source).toMatchObject({ toolName: 'Buffer', state: 'ok', profiles: 2, notTracked: 1 });
    expect(await getToken(`source:${id}`)).toBe(KEY);
    expect(JSON.stringify(answer)).not.toContain(KEY);
    expect(JSON.stringify(await s.bg.data({ type: 'source-list' }))).not.toContain(KEY);
    expect(await statuses()).toEqual({ 'Acme Coffee': ['ok', 'fresh'], acme: ['disconnected', 'fresh'] });
    // The organizations query proved the key and was the sync's first request; then the channels, and the
    // scheduled posts of the one broken channel (posts at risk): 3 requests in all.
    expect(s.buffer.world.requests).toHaveLength(3);
  });

  it('writes every change of a sync in one transaction', async () => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.channels.push({
      id: 'ig',
      organizationId: 'org-1',
      service: 'instagram',
      name: 'acme.ig',
    });
    s.buffer.world.channels[1]!.isDisconnected = false;
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await syncSource(source!.id, s.deps, 'now');
    const writes = spy.mock.calls.filter(
      ([stores, mode]) => mode === 'readwrite' && [stores].flat().includes('profiles'),
    );
    spy.mockRestore();
    // One for the sync; the reconcile after it reads (and quarantines) in its own.
    expect(writes.filter(([stores]) => [stores].flat().includes('sources'))).toHaveLength(1);
    expect(await statuses()).toMatchObject({ acme: ['ok', 'fresh'], 'acme.ig': ['ok', 'fresh'] });
  });

  it('re-syncing never duplicates, and a removed channel is kept as gone, not counted', async () => {
    const s = setup();
    const { source } = await connect(s);
    await syncSource(source!.id, s.deps, 'now');
    s.buffer.world.channels = s.buffer.world.channels.filter((c) => c.id !== 'li');
    await syncSource(source!.id, s.deps, 'now');
    const state = await reconcile(clock.now);
    expect(state.entries).toHaveLength(2);
    const acme = state.entries.find((e) => e.profile.name === 'acme')!;
    expect(acme.verdict).toMatchObject({ status: 'unknown', reason: 'source-gone', gone: true });
    expect((await getSource(source!.id))?.counts).toMatchObject({ profiles: 1, gone: 1 });
    // One click removes what the tool no longer lists, and nothing else.
    expect(await s.bg.data({ type: 'source-remove-gone', id: source!.id })).toMatchObject({ removed: 1 });
    expect((await listProfiles()).profiles.map((p) => p.name)).toEqual(['Acme Coffee']);
  });
  it('an answer with no channel at all, from a tool that had some, changes nothing (a glitch hides none)', async () => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.channels = [];
    expect(await syncSource(source!.id, s.deps, 'now')).toEqual({ kind: 'failed', problem: 'empty-list' });
    expect(await statuses()).toEqual({ 'Acme Coffee': ['ok', 'stale'], acme: ['disconnected', 'stale'] });
    expect((await reconcile(clock.now)).entries.every((e) => !e.verdict.gone)).toBe(true);
  });
});

describe('a disconnect or a new key during a sync wins', () => {
  it.each([true, false])('disconnect (remove profiles: %s) while the answer is in flight', async (remove) => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.channels.push({ id: 'ig', organizationId: 'org-1', service: 'instagram', name: 'late' });
    s.buffer.world.hold = (r) => (r.body ?? '').includes('channels(');
    const sync = syncSource(source!.id, s.deps, 'now');
    await until(() => s.buffer.world.held.length > 0);
    await s.bg.data({ type: 'source-disconnect', id: source!.id, removeProfiles: remove });
    s.buffer.release();
    expect(await sync).toEqual({ kind: 'superseded' });
    const { profiles } = await listProfiles();
    expect(profiles.map((p) => p.name).sort()).toEqual(remove ? [] : ['Acme Coffee', 'acme']);
    expect(profiles.every((p) => p.sources === undefined)).toBe(true);
    expect(await getToken(`source:${source!.id}`)).toBeUndefined();
  });

  it('a key replaced while the old key’s answer is in flight: the old answer is dropped', async () => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.channels[0]!.isDisconnected = true; // what the old answer would say
    s.buffer.world.hold = (r) =>
      r.headers.Authorization === `Bearer ${KEY}` && (r.body ?? '').includes('channels(');
    const old = syncSource(source!.id, s.deps, 'now');
    await until(() => s.buffer.world.held.length > 0);
    s.buffer.world.key = 'BUFFER-FAKE-KEY-0002';
    s.buffer.world.channels[0]!.isDisconnected = false;
    const replaced = await s.bg.data({
      type: 'source-replace-key',
      id: source!.id,
      key: 'BUFFER-FAKE-KEY-0002',
    });
    expect(replaced.source).toMatchObject({ state: 'ok' });
    s.buffer.world.key = KEY;
    s.buffer.world.channels[0]!.isDisconnected = true;
    s.buffer.release();
    expect(await old).toEqual({ kind: 'superseded' });
    expect((await statuses())['Acme Coffee']).toEqual(['ok', 'fresh']);
    expect(await getToken(`source:${source!.id}`)).toBe('BUFFER-FAKE-KEY-0002');
  });

  it('a replacement key the tool refuses keeps the old one', async () => {
    const s = setup();
    const { source } = await connect(s);
    const answer = await s.bg.data({ type: 'source-replace-key', id: source!.id, key: 'NOT-THE-KEY-1' });
    expect(answer.refused).toMatchObject({ problem: 'key-refused' });
    expect(await getToken(`source:${source!.id}`)).toBe(KEY);
  });
});

describe('faults never turn profiles red', () => {
  it.each([
    ['HTTP 500', { status: 500, body: 'Internal Server Error' }, 'platform-error', 'transient'],
    ['garbage', { status: 200, body: '<html>maintenance</html>' }, 'unexpected-answer', 'transient'],
    [
      'a revoked key',
      { status: 401, body: { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] } },
      'source-key-refused',
      'refused',
    ],
  ])('%s keeps every status, marks them stale and backs off', async (_name, fault, reason, outcome) => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.fault = fault;
    clock.advance(MIN_SYNC_INTERVAL_MS);
    expect(await syncSource(source!.id, s.deps, 'due')).toMatchObject({ kind: 'failed' });
    expect(await statuses()).toEqual({ 'Acme Coffee': ['ok', 'stale'], acme: ['disconnected', 'stale'] });
    const state = await reconcile(clock.now);
    expect(state.entries.map((e) => e.verdict.staleReason)).toEqual([reason, reason]);
    const stored = await getSource(source!.id);
    expect(stored?.lastSync).toMatchObject({ outcome });
    // The next automatic attempt waits (backoff), and the periodic alarm adds no requests meanwhile.
    const before = s.buffer.world.requests.length;
    clock.advance(MIN_SYNC_INTERVAL_MS - 1);
    expect(await syncSource(source!.id, s.deps, 'due')).toEqual({ kind: 'skipped' });
    expect(s.buffer.world.requests).toHaveLength(before);
    // Recovery: the tool's word is fresh again.
    s.buffer.world.fault = undefined;
    expect(await syncSource(source!.id, s.deps, 'now')).toMatchObject({ kind: 'synced' });
    expect(await statuses()).toEqual({ 'Acme Coffee': ['ok', 'fresh'], acme: ['disconnected', 'fresh'] });
  });

  it.each([
    ['timeout', 'timeout'],
    ['network', 'network-error'],
  ] as const)('no answer at all (%s) keeps every status, marked stale', async (kind, reason) => {
    const s = setup();
    const { source } = await connect(s);
    s.deps.perform = async () => ({ ok: false, kind, detail: 'No answer from api.buffer.com' });
    expect(await syncSource(source!.id, s.deps, 'now')).toMatchObject({ kind: 'failed' });
    expect(await statuses()).toEqual({ 'Acme Coffee': ['ok', 'stale'], acme: ['disconnected', 'stale'] });
    const state = await reconcile(clock.now);
    expect(state.entries.map((e) => e.verdict.staleReason)).toEqual([reason, reason]);
  });

  it('a 429 is honoured: not even Sync now asks again within 15 minutes', async () => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.fault = { status: 429, headers: { 'retry-after': '3600' }, body: { errors: [] } };
    await syncSource(source!.id, s.deps, 'now');
    expect(Date.parse((await getSource(source!.id))!.retry!.notBefore)).toBeGreaterThanOrEqual(
      clock.now().getTime() + 3_600_000,
    );
    const before = s.buffer.world.requests.length;
    clock.advance(MIN_SYNC_INTERVAL_MS - 1000);
    expect(await syncSource(source!.id, s.deps, 'now')).toEqual({ kind: 'skipped' });
    expect(await syncSource(source!.id, s.deps, 'due')).toEqual({ kind: 'skipped' });
    expect(s.buffer.world.requests).toHaveLength(before);
    expect((await statuses()).acme).toEqual(['disconnected', 'stale']);
  });

  it('the periodic alarm syncs a tool at most every 15 minutes', async () => {
    const s = setup();
    const { source } = await connect(s);
    const before = s.buffer.world.requests.length;
    clock.advance(MIN_SYNC_INTERVAL_MS - 1000);
    expect(await syncSource(source!.id, s.deps, 'due')).toEqual({ kind: 'skipped' });
    expect(s.buffer.world.requests).toHaveLength(before);
    clock.advance(1000);
    expect(await syncSource(source!.id, s.deps, 'due')).toMatchObject({ kind: 'synced' });
  });

  it('a refused key is notified once, however many syncs fail', async () => {
    const s = setup();
    const { source } = await connect(s);
    s.buffer.world.key = 'SOMETHING-ELSE';
    for (let i = 0; i < 3; i++) {
      clock.advance(24 * 3_600_000);
      await syncSource(source!.id, s.deps, 'now');
    }
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
    expect((await s.bg.data({ type: 'source-list' })).sources[0]).toMatchObject({
      state: 'refused',
      lastSync: { problem: 'key-refused' },
    });
  });

  it('Check all in the popup syncs every connected tool', async () => {
    const s = setup();
    await connect(s);
    s.buffer.world.channels[1]!.isDisconnected = false;
    await s.bg.data({ type: 'check-now' });
    expect((await statuses()).acme).toEqual(['ok', 'fresh']);
  });
});
