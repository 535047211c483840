import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openDatabase } from '@/lib/storage/db';
import { listProfiles } from '@/lib/storage/profile-repository';
import { listSources } from '@/lib/storage/source-repository';

/** A database as version 2 of the extension left it: no `sources` store, profiles without a source link. */
async function createV2Database() {
  const db = await openDB(DB_NAME, 2, {
    upgrade(v2) {
      v2.createObjectStore('profiles', { keyPath: 'id' });
      const history = v2.createObjectStore('history', { keyPath: ['profileId', 'at'] });
      history.createIndex('byProfile', 'profileId');
      history.createIndex('byAt', 'at');
      v2.createObjectStore('tokens', { keyPath: 'profileId' });
      v2.createObjectStore('meta');
      v2.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
    },
  });
  const created = '2026-01-01T00:00:00.000Z';
  await db.put('profiles', {
    id: 'old',
    platform: 'linkedin',
    name: 'Old Page',
    notes: 'kept',
    hasToken: false,
    createdAt: created,
    updatedAt: created,
  });
  db.close();
}

describe('database version 3 (publishing tools)', () => {
  it('opens a version 2 database, adds an empty sources store and keeps its profiles valid', async () => {
    await createV2Database();
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('sources');
    expect(await listSources()).toEqual([]);
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles).toMatchObject([{ id: 'old', notes: 'kept' }]);
    expect(profiles[0]?.sources).toBeUndefined();
  });
});
