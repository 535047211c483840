import type { StateSnapshot } from '../../../lib/messaging/views';
import type { ExtensionHarness } from './launch';

/**
 * Direct reads and writes of the extension's IndexedDB from inside its service worker, for what a test
 * cannot wait for in real time (a token stored two days ago) and for checks on what was written
 * (history). Product behaviour is still observed through the UI and the fake world.
 */

const DB_NAME = 'reconnect-radar';

/** Pretends every stored token was stored `ageHours` ago (refresh needs tokens at least a day old). */
export async function ageStoredTokens(h: ExtensionHarness, ageHours: number): Promise<number> {
  const storedAt = new Date(Date.now() - ageHours * 3_600_000).toISOString();
  return h.evalInWorker(
    ({ name, storedAt }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('tokens', 'readwrite');
          let count = 0;
          const cursor = tx.objectStore('tokens').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return;
            c.update({ ...c.value, storedAt });
            count += 1;
            c.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, storedAt },
  );
}

export interface StoredHistoryEntry {
  profileId: string;
  at: string;
  outcome: string;
  reason?: string;
}

/** Every check-history entry, oldest first. */
export async function checkHistory(h: ExtensionHarness): Promise<StoredHistoryEntry[]> {
  return h.evalInWorker(
    (name) =>
      new Promise<StoredHistoryEntry[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('history').objectStore('history').getAll();
          request.onsuccess = () => {
            db.close();
            const all = request.result as StoredHistoryEntry[];
            resolve(
              all
                .map(({ profileId, at, outcome, reason }) => ({ profileId, at, outcome, reason }))
                .sort((a, b) => a.at.localeCompare(b.at)),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
    DB_NAME,
  );
}

/** The background's state as the popup gets it (`get-state`), for assertions on what was stored. */
export async function backgroundState(h: ExtensionHarness): Promise<StateSnapshot> {
  const response = (await h.send({ type: 'get-state' })) as {
    ok: boolean;
    data?: StateSnapshot;
    error?: string;
  };
  if (!response.ok || !response.data) throw new Error(`get-state failed: ${response.error}`);
  return response.data;
}
