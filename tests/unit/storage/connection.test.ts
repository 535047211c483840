import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openDatabase } from '@/lib/storage/db';
import { listProfiles } from '@/lib/storage/profile-repository';

/** Settles with `'timed out'` when `promise` takes longer than `ms`: a blocked open never settles at all. */
function within<T>(promise: Promise<T>, ms = 1_000): Promise<T | 'timed out'> {
  return Promise.race([promise, new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), ms))]);
}

/**
 * What an update does to the database: the new version's worker opens with a higher version while this
 * version's connection is open (tests/e2e/update.test.ts drives the real thing in Chromium).
 */
describe('the database connection across an update', () => {
  it('closes when a newer version asks to open, so the newer one upgrades at once', async () => {
    await openDatabase();
    let blocked = false;
    const newer = await within(
      openDB(DB_NAME, DB_VERSION + 1, {
        blocked: () => {
          blocked = true;
        },
      }),
    );
    expect(newer).not.toBe('timed out');
    expect(blocked).toBe(false);
    if (newer !== 'timed out') {
      expect(newer.version).toBe(DB_VERSION + 1);
      newer.close();
    }
  });

  it('does not keep a failed open: the next call tries again and works once the cause is gone', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('profiles', { keyPath: 'id' }),
    });
    newer.close();
    await expect(openDatabase()).rejects.toMatchObject({ name: 'VersionError' });
    await expect(openDatabase()).rejects.toMatchObject({ name: 'VersionError' });
    // Gone (in the browser: the newer worker is gone and a database of this version is there again).
    await deleteDB(DB_NAME);
    const db = await within(openDatabase());
    expect(db).not.toBe('timed out');
    if (db !== 'timed out') expect(db.version).toBe(DB_VERSION);
    expect((await listProfiles()).profiles).toEqual([]);
  });

  it('a connection closed by a newer version is opened again by the next read, and that read reports the newer version', async () => {
    await openDatabase();
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    // This worker's code is now the older one: it says so instead of waiting forever.
    await expect(within(listProfiles())).rejects.toMatchObject({ name: 'VersionError' });
  });
});
