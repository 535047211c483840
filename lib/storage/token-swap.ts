import { openDatabase } from './db';
import { sealToken, tokenGeneration } from './token-vault';

/**
 * Stores `token` in place of the record of generation `generation`, in one transaction: `false` (and nothing
 * written) when the stored record is another one by then. An OAuth refresh answered with a new grant must
 * replace exactly the grant it used: if the person signed in again meanwhile, their new grant wins.
 */
export async function swapToken(id: string, token: string, generation: string, now: Date): Promise<boolean> {
  // Encrypted first: an IndexedDB transaction does not survive waiting on WebCrypto.
  const record = await sealToken(id, token, now);
  const db = await openDatabase();
  const tx = db.transaction('tokens', 'readwrite');
  const current = await tx.store.get(id);
  const same = current !== undefined && tokenGeneration(current) === generation;
  if (same) await tx.store.put(record);
  await tx.done;
  return same;
}
