import type { IDBPObjectStore, StoreNames } from 'idb';
import { openDatabase, type RadarDB } from './db';

/** Small named records the background keeps between worker lives (check queue, notification memory…). */
export async function readMeta<T>(key: string, parse: (raw: unknown) => T): Promise<T> {
  const db = await openDatabase();
  return parse(await db.get('meta', key));
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  const db = await openDatabase();
  await db.put('meta', value, key);
}

/** A change to one meta record, applied inside a transaction. */
export interface MetaChange {
  key: string;
  change: (current: unknown) => unknown;
}

/** Reads, changes and writes one meta record in a single transaction: concurrent updates never lose each other. */
export async function updateMeta(key: string, change: (current: unknown) => unknown): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put(change(await tx.store.get(key)), key);
  await tx.done;
}

type MetaStore = IDBPObjectStore<RadarDB, ArrayLike<StoreNames<RadarDB>>, 'meta', 'readwrite'>;

/**
 * Applies changes to meta records inside a caller's transaction, each to the record as it is there. Each
 * record is read and written once, with its changes applied in order to the value in hand: a batch of many
 * changes to a few large records (the check queue) costs one read and one write per record.
 */
export async function applyMetaChanges(store: MetaStore, changes: readonly MetaChange[]): Promise<void> {
  const byKey = new Map<string, MetaChange['change'][]>();
  for (const { key, change } of changes) {
    const list = byKey.get(key);
    if (list) list.push(change);
    else byKey.set(key, [change]);
  }
  for (const [key, list] of byKey) {
    let value: unknown = await store.get(key);
    for (const change of list) value = change(value);
    await store.put(value, key);
  }
}
