import { REASONS } from '../domain/reasons';
import { HISTORY_LIMIT, type HistoryEntry, openDatabase } from './db';

const OUTCOMES = new Set(['valid', 'invalid', 'transient', 'inconclusive']);
const REASON_SET = new Set<string>(REASONS);

/**
 * A profile's newest checks and tool reports, newest first, for its history strip. A read-only
 * transaction, so a check being stored at the same time is never held up or half seen.
 *
 * The primary key [profileId, at] already holds one profile's entries in time order, so a reverse cursor
 * over that key range reads exactly the entries wanted. The `byAt` index orders every profile's entries
 * together: reading one profile through it would walk all profiles' entries (up to 200 each).
 * The stored records themselves (a reason this version does not know is left out); the background makes the
 * strip's views of them (`lib/background/history-view.ts`).
 */
export async function readHistory(profileId: string, limit = HISTORY_LIMIT): Promise<HistoryEntry[]> {
  const db = await openDatabase();
  const tx = db.transaction('history', 'readonly');
  const range = IDBKeyRange.bound([profileId], [profileId, []]);
  const entries: HistoryEntry[] = [];
  let cursor = await tx.store.openCursor(range, 'prev');
  while (cursor && entries.length < limit) {
    const { reason, ...entry } = cursor.value;
    // A damaged entry is skipped rather than failing the whole strip.
    if (typeof entry.at === 'string' && !Number.isNaN(Date.parse(entry.at)) && OUTCOMES.has(entry.outcome)) {
      entries.push(typeof reason === 'string' && REASON_SET.has(reason) ? { ...entry, reason } : entry);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return entries;
}
