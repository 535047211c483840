import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, openDB, type StoreNames, unwrap } from 'idb';
import { upgradeStoredProfile } from '../domain/legacy-source-link';

export const DB_NAME = 'reconnect-radar';
export const DB_VERSION = 4;

/** Check history kept per profile (newest first); older entries are pruned when a new one is written. */
export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  profileId: string;
  at: string;
  outcome: 'valid' | 'invalid' | 'transient' | 'inconclusive';
  reason?: string;
  detail?: string;
  httpStatus?: number;
  code?: number | string;
  subcode?: number;
  /** A publishing tool's report (v4): the tool, as the profile's link names it, and the state it reported. */
  tool?: string;
  toolState?: string;
}

export interface EncryptedToken {
  profileId: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  /** When this token was stored (ISO). */
  storedAt: string;
  /**
   * A new random value each time a token is stored: a check's answer counts only while the token it sent is
   * still the stored one (records written before this field existed use `storedAt`; see `tokenGeneration`).
   */
  generation?: string;
}

export interface QuarantinedRecord {
  seq?: number;
  store: string;
  key: string;
  value: unknown;
  error: string;
  at: string;
}

export interface RadarDB extends DBSchema {
  profiles: { key: string; value: unknown };
  /**
   * Keyed by [profileId, at]: writing the same check twice (a worker restarted mid-cycle) is a no-op, and
   * one profile's entries are a key range in time order. `byAt` (v2) orders every entry by time.
   */
  history: { key: [string, string]; value: HistoryEntry; indexes: { byProfile: string; byAt: string } };
  tokens: { key: string; value: EncryptedToken };
  /** Settings, the vault key, notification bookkeeping, the check queue: small singletons by name. */
  meta: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedRecord };
  /** Connected publishing tools (v3); their keys are in `tokens` under `source:<id>`. */
  sources: { key: string; value: unknown };
}

export type Database = IDBPDatabase<RadarDB>;

type HistoryStore = IDBPObjectStore<RadarDB, ArrayLike<StoreNames<RadarDB>>, 'history', 'versionchange'>;

/** Keeps the newest `HISTORY_LIMIT` entries of every profile (keys sort by profile, then time). */
async function pruneAllHistory(history: HistoryStore): Promise<void> {
  let cursor = await history.openKeyCursor(null, 'prev');
  let profileId: string | undefined;
  let kept = 0;
  while (cursor) {
    const [id] = cursor.primaryKey;
    if (id !== profileId) {
      profileId = id;
      kept = 0;
    }
    if (++kept > HISTORY_LIMIT) await history.delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
}

type ProfileStore = IDBPObjectStore<RadarDB, ArrayLike<StoreNames<RadarDB>>, 'profiles', 'versionchange'>;

/** v4: rewrites every profile stored with a `source` link in the v4 shape (`upgradeStoredProfile`). */
async function upgradeProfiles(profiles: ProfileStore): Promise<void> {
  let cursor = await profiles.openCursor();
  while (cursor) {
    const next = upgradeStoredProfile(cursor.value);
    if (next !== cursor.value) await cursor.update(next);
    cursor = await cursor.continue();
  }
}

let opening: Promise<Database> | undefined;

/**
 * Writes so far: bumped when a readwrite transaction opens (and when the connection goes, since the next
 * one may find anything), with a count of those not yet finished (`tx.done`). A reader that took
 * `writeMark()` before it opened its transactions may reuse what it read for as long as
 * `unwrittenSince(mark)` holds: IndexedDB runs a transaction after every overlapping readwrite one opened
 * before it, so no write can have landed since that read saw the database. Only writes through this
 * module's connection count: this worker is the database's only writer.
 */
let writesOpened = 0;
let writesRunning = 0;

/** Where the write count stands now: take it before the reads whose result is to be reused. */
export function writeMark(): number {
  return writesOpened;
}

/** No readwrite transaction has opened since `mark` was taken, and none is running now. */
export function unwrittenSince(mark: number): boolean {
  return writesOpened === mark && writesRunning === 0;
}

/** Counts every readwrite transaction of `db`, the shorthands (`db.put`, …) included: they open one too. */
function countWrites(db: Database): Database {
  const raw = unwrap(db);
  const own: IDBDatabase = Object.getPrototypeOf(raw);
  raw.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = own.transaction.apply(this, args);
    if (args[1] === 'readwrite') {
      writesOpened++;
      writesRunning++;
      let finished = false;
      const finish = () => {
        if (!finished) writesRunning--;
        finished = true;
      };
      tx.addEventListener('complete', finish);
      tx.addEventListener('abort', finish);
    }
    return tx;
  };
  return db;
}

/**
 * The connection is gone or must go: `blocking` (a newer version waits to open: an update's new worker, see
 * openDatabase), the browser closing it, or a test. It is closed, and the next `openDatabase()` opens again.
 */
function connectionChanged(_current?: number, _blocked?: number | null, event?: Event): void {
  (event?.target as IDBDatabase | null | undefined)?.close?.();
  opening = undefined;
  writesOpened++;
}

/**
 * Opens (once per worker life) the extension's one database, upgrading it version by version.
 *
 * An update is when this matters: the new version's worker opens with a higher version while the old worker
 * may still hold a connection, and that open waits (IndexedDB's `blocked`) until every older connection
 * closes. So a connection closes as soon as it blocks a newer version (`blocking`), and the next call opens
 * again (older code then gets a `VersionError`, which it reports instead of waiting). A failed open is not
 * kept: each call until one succeeds tries again, rather than repeating one failure for the worker's life.
 */
export function openDatabase(): Promise<Database> {
  if (opening) return opening;
  const attempt: Promise<Database> = openDB<RadarDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // Version by version, so a database of any older version ends up the same as a new one.
      if (oldVersion < 1) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        const history = db.createObjectStore('history', { keyPath: ['profileId', 'at'] });
        history.createIndex('byProfile', 'profileId');
        db.createObjectStore('tokens', { keyPath: 'profileId' });
        db.createObjectStore('meta');
        db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
      }
      if (oldVersion < 2) {
        const history = transaction.objectStore('history');
        history.createIndex('byAt', 'at');
        // v1 kept every check forever: apply the new limit to what is there (a no-op for a new database).
        void pruneAllHistory(history);
      }
      if (oldVersion < 3) {
        db.createObjectStore('sources', { keyPath: 'id' });
      }
      if (oldVersion < 4) {
        // A profile's one `source` link becomes its list of links, `sources` (one per tool-channel).
        void upgradeProfiles(transaction.objectStore('profiles'));
      }
    },
    // A newer version of the extension wants to upgrade: let it.
    blocking: connectionChanged,
  }).then((db) => {
    // Fired when the browser closes the connection itself (storage cleared, the database deleted).
    db.addEventListener('close', () => connectionChanged());
    return countWrites(db);
  });
  opening = attempt;
  attempt.catch(() => {
    if (opening === attempt) connectionChanged();
  });
  return attempt;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  connectionChanged();
}
