import type { IDBPTransaction } from 'idb';
import { type Profile, profileSchema } from '../domain/profile';
import { removableWith } from '../domain/source-matching';
import { type SourceLink, type SourceRecord, sourceRecordSchema } from '../domain/source-record';
import { type HistoryEntry, openDatabase, type RadarDB } from './db';
import { pruneHistory } from './profile-repository';

/** The vault id of a tool's key: its own id space beside the profiles' tokens. */
export function sourceKeyId(sourceId: string): string {
  return `source:${sourceId}`;
}

/** Every connected tool; a record that does not validate is skipped (it is never handed to a reader). */
export async function listSources(): Promise<SourceRecord[]> {
  const db = await openDatabase();
  const all = await db.getAll('sources');
  return all.flatMap((raw) => {
    const parsed = sourceRecordSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getSource(id: string): Promise<SourceRecord | undefined> {
  const db = await openDatabase();
  const parsed = sourceRecordSchema.safeParse(await db.get('sources', id));
  return parsed.success ? parsed.data : undefined;
}

export async function putSource(source: SourceRecord): Promise<void> {
  const db = await openDatabase();
  await db.put('sources', sourceRecordSchema.parse(source));
}

/**
 * Changes a source record in one transaction when it still has `generation`. Returns the stored record,
 * or `undefined` when it is gone or its generation moved on (a disconnect or a new key won).
 */
export async function updateSource(
  id: string,
  change: (current: SourceRecord) => SourceRecord,
  generation?: number,
): Promise<SourceRecord | undefined> {
  const db = await openDatabase();
  const tx = db.transaction('sources', 'readwrite');
  const parsed = sourceRecordSchema.safeParse(await tx.store.get(id));
  if (!parsed.success || (generation !== undefined && parsed.data.generation !== generation)) {
    await tx.done;
    return undefined;
  }
  const next = sourceRecordSchema.parse(change(parsed.data));
  await tx.store.put(next);
  await tx.done;
  return next;
}

export interface SyncWrite {
  /**
   * Builds the new source record, the profiles to write and the history entries of the tool's reports from
   * the current ones, inside the transaction.
   */
  plan(
    source: SourceRecord,
    profiles: Profile[],
  ): { source: SourceRecord; put: Profile[]; history?: HistoryEntry[] };
}

/**
 * Writes every change of one sync (the source record and all its profiles) in ONE transaction, and only
 * when the source still has the generation the sync started with: a disconnect or key replacement that
 * happened while the answer was in flight wins, and the answer is dropped. Returns whether it was written.
 */
export async function commitSync(id: string, generation: number, write: SyncWrite): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles', 'history'], 'readwrite');
  const sources = tx.objectStore('sources');
  const parsed = sourceRecordSchema.safeParse(await sources.get(id));
  if (!parsed.success || parsed.data.generation !== generation) {
    await tx.done;
    return false;
  }
  const profiles: Profile[] = [];
  for (const raw of await tx.objectStore('profiles').getAll()) {
    const p = profileSchema.safeParse(raw);
    // A record that does not validate is left for the profile list to quarantine.
    if (p.success) profiles.push(p.data);
  }
  const { source, put, history = [] } = write.plan(parsed.data, profiles);
  const store = tx.objectStore('profiles');
  const entries = tx.objectStore('history');
  await Promise.all([
    sources.put(sourceRecordSchema.parse(source)),
    ...put.map((p) => store.put(profileSchema.parse(p))),
    ...history.map((e) => entries.put(e)),
  ]);
  for (const id of new Set(history.map((e) => e.profileId))) await pruneHistory(entries, id);
  await tx.done;
  return true;
}

/** The profile without the links `drop` picks (no `sources` key once none is left). */
function unlinked(p: Profile, drop: (l: SourceLink) => boolean): Profile {
  const { sources = [], ...rest } = p;
  const kept = sources.filter((l) => !drop(l));
  return kept.length ? { ...rest, sources: kept } : rest;
}

/**
 * Removes a tool, its key and, when asked, the profiles its sync made that it still lists and no other tool
 * reports (`removableWith`: the count the options page shows), with their tokens and history, in one
 * transaction. Every other profile it linked (made or imported by the person, no longer in the tool, or
 * reported by another tool too) only loses this tool's links. Bumps nothing: the record is gone, so a sync
 * in flight finds no source and writes nothing.
 */
export async function deleteSource(id: string, removeProfiles: boolean): Promise<{ removed: string[] }> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles', 'tokens', 'history'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const removed: string[] = [];
  for (const raw of await profiles.getAll()) {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success || !parsed.data.sources?.some((l) => l.sourceId === id)) continue;
    const p = parsed.data;
    if (removeProfiles && removableWith(p, id)) {
      removed.push(p.id);
      await deleteWithItsData(tx, p.id);
    } else {
      await profiles.put(profileSchema.parse(unlinked(p, (l) => l.sourceId === id)));
    }
  }
  await tx.objectStore('sources').delete(id);
  await tx.objectStore('tokens').delete(sourceKeyId(id));
  await tx.done;
  return { removed };
}

type ProfileTx = IDBPTransaction<RadarDB, ('sources' | 'profiles' | 'tokens' | 'history')[], 'readwrite'>;

async function deleteWithItsData(tx: ProfileTx, id: string): Promise<void> {
  await tx.objectStore('profiles').delete(id);
  await tx.objectStore('tokens').delete(id);
  const history = tx.objectStore('history');
  for (const key of await history.index('byProfile').getAllKeys(id)) await history.delete(key);
}

/**
 * "Remove them": the profiles a tool no longer lists, in one transaction. One its sync made, and no other
 * tool reports, is deleted with its token and history; one the person made or imported only loses the link
 * (their notes are never deleted by a tool action). Returns the ids deleted.
 */
export async function deleteGoneProfiles(sourceId: string): Promise<string[]> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles', 'tokens', 'history'], 'readwrite');
  const removed: string[] = [];
  const gone = (l: SourceLink) => l.sourceId === sourceId && l.state === 'gone';
  for (const raw of await tx.objectStore('profiles').getAll()) {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success || !parsed.data.sources?.some(gone)) continue;
    const p = parsed.data;
    const links = p.sources ?? [];
    const madeByTool = links.some((l) => gone(l) && l.created) && links.every(gone);
    if (madeByTool) {
      removed.push(p.id);
      await deleteWithItsData(tx, p.id);
    } else {
      await tx.objectStore('profiles').put(profileSchema.parse(unlinked(p, gone)));
    }
  }
  const source = sourceRecordSchema.safeParse(await tx.objectStore('sources').get(sourceId));
  if (source.success) {
    await tx.objectStore('sources').put({ ...source.data, counts: { ...source.data.counts, gone: 0 } });
  }
  await tx.done;
  return removed;
}
