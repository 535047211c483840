import type { Reason } from '../domain/reasons';
import { REASONS } from '../domain/reasons';
import type { HistoryEntryView } from '../messaging/views-history';
import { HISTORY_LIMIT, openDatabase } from './db';

const OUTCOMES = new Set(['valid', 'invalid', 'transient', 'inconclusive']);
const REASON_SET = new Set<string>(REASONS);

/**
 * A profile's newest checks and tool reports, newest first, for its history strip. A read-only
 * transaction, so a check being stored at the same time is never held up or half seen.
 *
 * The primary key [profileId, at] already holds one profile's entries in time order, so a reverse cursor
 * over that key range reads exactly the entries wanted. The `byAt` index orders every profile's entries
 * together: reading one profile through it would walk all profiles' entries (up to 200 each).
 * Only what the strip shows leaves the database: time, outcome and reason (never a detail text).
 */
export async function readHistory(profileId: string, limit = HISTORY_LIMIT): Promise<HistoryEntryView[]> {
  const db = await openDatabase();
  const tx = db.transaction('history', 'readonly');
  const range = IDBKeyRange.bound([profileId], [profileId, []]);
  const entries: HistoryEntryView[] = [];
  let cursor = await tx.store.openCursor(range, 'prev');
  while (cursor && entries.length < limit) {
    const { at, outcome, reason, tool } = cursor.value;
    // A damaged entry is skipped rather than failing the whole strip.
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && OUTCOMES.has(outcome)) {
      entries.push({
        at,
        outcome,
        ...(typeof reason === 'string' && REASON_SET.has(reason) ? { reason: reason as Reason } : {}),
        // A publishing tool's report (v4); entries written before have none and read as checks.
        ...(typeof tool === 'string' && tool ? { tool: tool.slice(0, 300) } : {}),
      });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return entries;
}
