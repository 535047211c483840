import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'reconnect-radar';
export const DB_VERSION = 1;

export interface HistoryEntry {
  profileId: string;
  at: string;
  outcome: 'valid' | 'invalid' | 'transient';
  reason?: string;
  detail?: string;
  httpStatus?: number;
  code?: number | string;
  subcode?: number;
}

export interface EncryptedToken {
  profileId: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  /** When this token was stored (ISO): refresh needs its age. */
  storedAt: string;
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
  /** Keyed by [profileId, at]: writing the same check twice (a worker restarted mid-cycle) is a no-op. */
  history: { key: [string, string]; value: HistoryEntry; indexes: { byProfile: string } };
  tokens: { key: string; value: EncryptedToken };
  /** Settings, the vault key, notification bookkeeping, the check queue: small singletons by name. */
  meta: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedRecord };
}

export type Database = IDBPDatabase<RadarDB>;

let opening: Promise<Database> | undefined;

/** Opens (once per worker life) the extension's one database, upgrading it version by version. */
export function openDatabase(): Promise<Database> {
  opening ??= openDB<RadarDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        const history = db.createObjectStore('history', { keyPath: ['profileId', 'at'] });
        history.createIndex('byProfile', 'profileId');
        db.createObjectStore('tokens', { keyPath: 'profileId' });
        db.createObjectStore('meta');
        db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      opening = undefined;
    },
  }).then((db) => {
    db.addEventListener('close', () => {
      opening = undefined;
    });
    return db;
  });
  return opening;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
}
