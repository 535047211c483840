import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { toHistoryView } from '@/lib/background/history-view';
import { DB_NAME, openDatabase } from '@/lib/storage/db';
import { readHistory } from '@/lib/storage/history-read';
import { listProfiles } from '@/lib/storage/profile-repository';
import { deleteSource } from '@/lib/storage/source-repository';

const CREATED = '2026-01-01T00:00:00.000Z';

/** The stores every version from 2 on has (v2 as release 0.1.0, commit 581a060, created them). */
function v2Stores(db: Parameters<NonNullable<Parameters<typeof openDB>[2]>['upgrade'] & {}>[0]) {
  db.createObjectStore('profiles', { keyPath: 'id' });
  const history = db.createObjectStore('history', { keyPath: ['profileId', 'at'] });
  history.createIndex('byProfile', 'profileId');
  history.createIndex('byAt', 'at');
  db.createObjectStore('tokens', { keyPath: 'profileId' });
  db.createObjectStore('meta');
  db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
}

const v3Link = (state: string, tool = 'Buffer', sourceId = 's1') => ({
  sourceId,
  externalId: `ch-${state}-${tool}`,
  tool,
  state,
  reportedAt: '2026-11-20T08:00:00.000Z',
});

/** A database as version 3 wrote it: profiles with one `source` link, and a `sources` store. */
async function createV3Database() {
  const db = await openDB(DB_NAME, 3, {
    upgrade(v3) {
      v2Stores(v3);
      v3.createObjectStore('sources', { keyPath: 'id' });
    },
  });
  const base = { platform: 'facebook', hasToken: false, createdAt: CREATED, updatedAt: CREATED };
  await db.put('profiles', { ...base, id: 'broken', name: 'Broken Page', source: v3Link('disconnected') });
  await db.put('profiles', { ...base, id: 'locked', name: 'Locked Page', source: v3Link('locked') });
  await db.put('profiles', {
    ...base,
    id: 'disabled',
    name: 'Disabled Page',
    source: v3Link('locked', 'Postiz', 's2'),
  });
  await db.put('profiles', { ...base, id: 'mine', name: 'My Page', notes: 'mine' });
  await db.put('history', { profileId: 'broken', at: CREATED, outcome: 'invalid', reason: 'token-expired' });
  db.close();
}

describe('database version 4: a profile keeps one link per tool-channel', () => {
  it('upgrades every v3 profile’s `source` to `sources`, a v3 `locked` to a notice that decides nothing', async () => {
    await createV3Database();
    const db = await openDatabase();
    expect(db.version).toBe(4);
    // The stored records themselves are rewritten, not only read through the schema.
    const raw = (await db.getAll('profiles')) as Record<string, unknown>[];
    expect(raw.every((p) => !('source' in p))).toBe(true);
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    const byId = Object.fromEntries(profiles.map((p) => [p.id, p.sources]));
    expect(byId.broken).toMatchObject([{ sourceId: 's1', state: 'disconnected', tool: 'Buffer' }]);
    expect(byId.locked).toMatchObject([{ state: 'listed', notices: ['locked'] }]);
    expect(byId.disabled).toMatchObject([{ state: 'listed', notices: ['disabled'], tool: 'Postiz' }]);
    expect(byId.mine).toBeUndefined();
    // What a v3 sync linked cannot be proven made by the tool: never deleted with it, only unlinked.
    expect(profiles.every((p) => p.sources?.every((l) => l.created === undefined) ?? true)).toBe(true);
    await deleteSource('s1', true);
    expect((await listProfiles()).profiles.map((p) => p.id).sort()).toEqual([
      'broken',
      'disabled',
      'locked',
      'mine',
    ]);
    // Old history entries stay readable beside the new tool reports.
    expect((await readHistory('broken')).map(toHistoryView)).toEqual([
      { at: CREATED, outcome: 'invalid', reason: 'token-expired' },
    ]);
  });

  it('opens a v2 database as release 0.1.0 wrote it and keeps its profiles valid', async () => {
    const db = await openDB(DB_NAME, 2, { upgrade: v2Stores });
    // 0.1.0's profile: no inconclusiveRun, no source; history outcomes valid/invalid/transient only.
    await db.put('profiles', {
      id: 'old',
      platform: 'linkedin',
      name: 'Old Page',
      handle: 'oldpage',
      notes: 'kept',
      hasToken: true,
      createdAt: CREATED,
      updatedAt: CREATED,
      lastCheck: { at: CREATED, outcome: 'transient', reason: 'network-error' },
      snooze: { until: '2026-01-02T00:00:00.000Z', status: 'expiring' },
    });
    await db.put('history', { profileId: 'old', at: CREATED, outcome: 'transient', reason: 'network-error' });
    db.close();
    const opened = await openDatabase();
    expect(opened.version).toBe(4);
    expect([...opened.objectStoreNames]).toContain('sources');
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles).toMatchObject([{ id: 'old', notes: 'kept', handle: 'oldpage' }]);
    expect(profiles[0]?.sources).toBeUndefined();
    expect((await readHistory('old')).map(toHistoryView)).toEqual([
      { at: CREATED, outcome: 'transient', reason: 'network-error' },
    ]);
  });

  it('an old-shaped record that reaches the store anyway still reads, as the upgrade would make it', async () => {
    const db = await openDatabase();
    await db.put('profiles', {
      id: 'late',
      platform: 'facebook',
      name: 'Late Page',
      hasToken: false,
      createdAt: CREATED,
      updatedAt: CREATED,
      source: v3Link('connected'),
    });
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles[0]?.sources).toMatchObject([{ state: 'connected', tool: 'Buffer' }]);
  });
});
