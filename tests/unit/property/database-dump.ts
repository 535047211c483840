import { openDatabase } from '@/lib/storage/db';

const STORES = ['profiles', 'history', 'tokens', 'meta', 'quarantine', 'sources'] as const;

/** Bytes as numbers, a CryptoKey as a marker: everything the database holds, comparable as text. */
function comparable(_key: string, value: unknown): unknown {
  if (value instanceof ArrayBuffer) return [...new Uint8Array(value)];
  if (ArrayBuffer.isView(value)) return [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return `CryptoKey(${value.type})`;
  return value;
}

/** Every key and record of every store, in key order, as one string: equal strings mean equal databases. */
export async function dumpDatabase(): Promise<string> {
  const db = await openDatabase();
  const tx = db.transaction([...STORES], 'readonly');
  const dump: Record<string, [unknown, unknown][]> = {};
  for (const name of STORES) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    dump[name] = keys.map((key, i) => [key, values[i]]);
  }
  await tx.done;
  return JSON.stringify(dump, comparable);
}
