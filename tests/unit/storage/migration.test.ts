import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeDatabase, DB_NAME, DB_VERSION, HISTORY_LIMIT, openDatabase } from '@/lib/storage/db';
import { commitChecks, historyOf, listProfiles, recordHistory } from '@/lib/storage/profile-repository';
import { getSettings } from '@/lib/storage/settings-store';
import { listSources, sourceKeyId } from '@/lib/storage/source-repository';
import { getToken, openStoredToken, putToken } from '@/lib/storage/token-vault';
import { BUFFER_KEY, FB_TOKEN, writeV2Database, writeV3Database } from './release-databases';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;
const at = (i: number) => new Date(T0 + i * HOUR).toISOString();

function profile(id: string, name: string) {
  const created = '2026-01-01T00:00:00.000Z';
  return { id, platform: 'facebook', name, hasToken: true, createdAt: created, updatedAt: created };
}

/**
 * Writes a token exactly as the v1 vault did: AES-GCM under the non-extractable key stored at
 * meta/'vault-key', with the profile id as additional data.
 */
async function v1Token(key: CryptoKey, profileId: string, token: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`reconnect-radar/token/${profileId}`) },
    key,
    new TextEncoder().encode(token),
  );
  return { profileId, iv, data, storedAt: '2026-01-01T00:00:00.000Z' };
}

/** A database as version 1 of the extension created and filled it, written with `idb` directly. */
async function createV1Database(historyOfBusy: number) {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('profiles', { keyPath: 'id' });
      const history = v1.createObjectStore('history', { keyPath: ['profileId', 'at'] });
      history.createIndex('byProfile', 'profileId');
      v1.createObjectStore('tokens', { keyPath: 'profileId' });
      v1.createObjectStore('meta');
      v1.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
    },
  });
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  // Encrypt first: a transaction closes while WebCrypto works.
  const tokens = [
    await v1Token(key, 'busy', 'EAAB-FAKE-MIGRATION-BUSY'),
    await v1Token(key, 'quiet', 'EAAB-FAKE-MIGRATION-QUIET'),
  ];
  const tx = db.transaction(['profiles', 'history', 'tokens', 'meta', 'quarantine'], 'readwrite');
  await tx.objectStore('meta').put(key, 'vault-key');
  await tx.objectStore('meta').put({ warnDays: 14, checkIntervalMinutes: 120 }, 'settings');
  await tx.objectStore('profiles').put(profile('busy', 'Busy Page'));
  await tx.objectStore('profiles').put(profile('quiet', 'Quiet Page'));
  for (const token of tokens) await tx.objectStore('tokens').put(token);
  for (let i = 0; i < historyOfBusy; i++) {
    await tx.objectStore('history').put({ profileId: 'busy', at: at(i), outcome: 'valid' });
  }
  for (let i = 0; i < 3; i++) {
    await tx.objectStore('history').put({ profileId: 'quiet', at: at(1000 + i), outcome: 'transient' });
  }
  await tx.objectStore('quarantine').add({ store: 'profiles', key: 'old', value: 1, error: 'x', at: at(0) });
  await tx.done;
  db.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database and keeps its profiles, tokens, settings, history and quarantine', async () => {
    await createV1Database(10);
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    const { profiles, quarantined } = await listProfiles();
    expect(profiles.map((p) => p.name).sort()).toEqual(['Busy Page', 'Quiet Page']);
    expect(quarantined).toBe(0);
    expect(await getToken('busy')).toBe('EAAB-FAKE-MIGRATION-BUSY');
    expect(await getToken('quiet')).toBe('EAAB-FAKE-MIGRATION-QUIET');
    expect(await getSettings()).toMatchObject({ warnDays: 14, checkIntervalMinutes: 120 });
    expect(await historyOf('busy')).toHaveLength(10);
    expect(await historyOf('quiet')).toHaveLength(3);
    expect(await db.count('quarantine')).toBe(1);
  });

  it('adds a byAt index that lists every profile’s history in time order', async () => {
    await createV1Database(5);
    const db = await openDatabase();
    expect([...db.transaction('history').store.indexNames].sort()).toEqual(['byAt', 'byProfile']);
    const all = await db.getAllFromIndex('history', 'byAt');
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort());
    expect(all.map((e) => e.profileId)).toEqual([...Array(5).fill('busy'), ...Array(3).fill('quiet')]);
    const recent = await db.getAllFromIndex('history', 'byAt', IDBKeyRange.lowerBound(at(1001)));
    expect(recent.map((e) => e.at)).toEqual([at(1001), at(1002)]);
  });

  it(`prunes a version 1 history longer than ${HISTORY_LIMIT} entries to the newest ones of that profile`, async () => {
    await createV1Database(HISTORY_LIMIT + 25);
    await openDatabase();
    const busy = await historyOf('busy');
    expect(busy).toHaveLength(HISTORY_LIMIT);
    expect(busy.map((e) => e.at).sort()[0]).toBe(at(25));
    expect(await historyOf('quiet')).toHaveLength(3);
  });

  it('a new database is created at the current version with both indexes', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'history',
      'meta',
      'profiles',
      'quarantine',
      'sources',
      'tokens',
    ]);
    expect([...db.transaction('history').store.indexNames].sort()).toEqual(['byAt', 'byProfile']);
    await closeDatabase();
    expect((await openDatabase()).version).toBe(DB_VERSION);
  });
});

describe('history limit', () => {
  async function fill(profileId: string, count: number) {
    const db = await openDatabase();
    const tx = db.transaction('history', 'readwrite');
    for (let i = 0; i < count; i++) await tx.store.put({ profileId, at: at(i), outcome: 'valid' });
    await tx.done;
  }

  it(`a stored check keeps the newest ${HISTORY_LIMIT} entries of its profile and leaves the others alone`, async () => {
    const db = await openDatabase();
    await db.put('profiles', profile('busy', 'Busy Page'));
    await fill('busy', HISTORY_LIMIT);
    await fill('other', 5);
    await db.put('meta', { busy: at(0) }, 'check-queue');
    await putToken('busy', 'EAAB-FAKE-MIGRATION-PRUNE', new Date(at(0)));
    const generation = (await openStoredToken('busy'))?.generation;
    const [outcome] = await commitChecks([
      {
        id: 'busy',
        generation: generation!,
        change: (p) => p,
        entry: { profileId: 'busy', at: at(5000), outcome: 'valid' },
        meta: { stored: [{ key: 'check-queue', change: () => ({}) }], superseded: [], gone: [] },
      },
    ]);
    expect(outcome).toBe('stored');
    const busy = (await historyOf('busy')).map((e) => e.at).sort();
    expect(busy).toHaveLength(HISTORY_LIMIT);
    expect(busy[0]).toBe(at(1));
    expect(busy.at(-1)).toBe(at(5000));
    expect(await historyOf('other')).toHaveLength(5);
    expect(await db.get('meta', 'check-queue')).toEqual({});
  });

  it('recording a failed refresh prunes the same way', async () => {
    await fill('busy', HISTORY_LIMIT + 3);
    await recordHistory({ profileId: 'busy', at: at(9000), outcome: 'transient', detail: 'refresh failed' });
    const busy = (await historyOf('busy')).map((e) => e.at).sort();
    expect(busy).toHaveLength(HISTORY_LIMIT);
    expect(busy[0]).toBe(at(4));
  });
});

/**
 * Every database version a release wrote, opened by today's code: nothing lost and everything still opens.
 * (Version 1 never shipped in a release; it is covered above.) A new version adds a row for the last one.
 */
const RELEASE_DATABASES = [
  { wrote: '0.1.0 (581a060), version 2', version: 2, write: writeV2Database },
  { wrote: 'main before 0.2.0, version 3', version: 3, write: writeV3Database },
] as const;

describe.each(RELEASE_DATABASES)('a database as $wrote left it', ({ version, write }) => {
  it('upgrades to the current version, every store and index there', async () => {
    await write();
    const db = await openDatabase();
    expect(version).toBeLessThanOrEqual(DB_VERSION);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      expect.arrayContaining(['history', 'meta', 'profiles', 'quarantine', 'sources', 'tokens']),
    );
    expect([...db.transaction('history').store.indexNames].sort()).toEqual(['byAt', 'byProfile']);
  });

  it('keeps profiles (notes, snooze, dismissal, checks), tokens, settings and history', async () => {
    await write();
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    const byId = Object.fromEntries(profiles.map((p) => [p.id, p]));
    expect(byId['p-fb']).toMatchObject({
      name: 'Release Bakery',
      notes: 'Client since 2024 — "latte art"',
      reconnectUrl: 'https://example.com/accounts',
      hasToken: true,
    });
    expect(byId['p-li']).toMatchObject({
      snooze: { until: '2026-12-30T09:00:00.000Z', status: 'expired' },
      dismissedStatus: 'expired',
    });
    expect(await getToken('p-fb')).toBe(FB_TOKEN);
    expect(await getSettings()).toMatchObject({ warnDays: 10, checkIntervalMinutes: 120, bannerDays: 5 });
    expect(await historyOf('p-fb')).toHaveLength(1);
  });
});

describe('a database as main left it before 0.2.0 (version 3, the first with publishing tools)', () => {
  it('keeps the connected tool, its key and the link of its profile', async () => {
    await writeV3Database();
    expect((await listSources()).map((s) => s.id)).toEqual(['buffer-1']);
    expect(await getToken(sourceKeyId('buffer-1'))).toBe(BUFFER_KEY);
    const linked = (await listProfiles()).profiles.find((p) => p.id === 'p-li');
    // The link's shape is the current version's; what it points at is the same channel of the same tool.
    expect(JSON.stringify(linked)).toContain('"externalId":"ch-li"');
    expect(JSON.stringify(linked)).toContain('"sourceId":"buffer-1"');
  });
});
