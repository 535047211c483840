import { type Profile, profileSchema } from '../domain/profile';
import { type SourceRecord, sourceRecordSchema } from '../domain/source-record';
import { openDatabase } from './db';

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
  /** Builds the new source record and the profiles to write from the current ones, inside the transaction. */
  plan(source: SourceRecord, profiles: Profile[]): { source: SourceRecord; put: Profile[] };
}

/**
 * Writes every change of one sync (the source record and all its profiles) in ONE transaction, and only
 * when the source still has the generation the sync started with: a disconnect or key replacement that
 * happened while the answer was in flight wins, and the answer is dropped. Returns whether it was written.
 */
export async function commitSync(id: string, generation: number, write: SyncWrite): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles'], 'readwrite');
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
  const { source, put } = write.plan(parsed.data, profiles);
  const store = tx.objectStore('profiles');
  await Promise.all([
    sources.put(sourceRecordSchema.parse(source)),
    ...put.map((p) => store.put(profileSchema.parse(p))),
  ]);
  await tx.done;
  return true;
}

/**
 * Removes a tool, its key and, when asked, the profiles it reported (with their tokens and history), in one
 * transaction. Kept profiles lose their link and go back to dates and live checks. Bumps nothing: the record
 * is gone, so a sync in flight finds no source and writes nothing.
 */
export async function deleteSource(id: string, removeProfiles: boolean): Promise<{ removed: string[] }> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles', 'tokens', 'history'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const removed: string[] = [];
  for (const raw of await profiles.getAll()) {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success || parsed.data.source?.sourceId !== id) continue;
    const p = parsed.data;
    if (removeProfiles) {
      removed.push(p.id);
      await profiles.delete(p.id);
      await tx.objectStore('tokens').delete(p.id);
      const keys = await tx.objectStore('history').index('byProfile').getAllKeys(p.id);
      for (const key of keys) await tx.objectStore('history').delete(key);
    } else {
      const { source: _link, ...unlinked } = p;
      await profiles.put(unlinked);
    }
  }
  await tx.objectStore('sources').delete(id);
  await tx.objectStore('tokens').delete(sourceKeyId(id));
  await tx.done;
  return { removed };
}

/**
 * Removes, in one transaction, the profiles a tool no longer lists (with their tokens and history): the
 * one click that clears them once the person has read their notes. Returns their ids.
 */
export async function deleteGoneProfiles(sourceId: string): Promise<string[]> {
  const db = await openDatabase();
  const tx = db.transaction(['sources', 'profiles', 'tokens', 'history'], 'readwrite');
  const removed: string[] = [];
  for (const raw of await tx.objectStore('profiles').getAll()) {
    const parsed = profileSchema.safeParse(raw);
    const link = parsed.success ? parsed.data.source : undefined;
    if (!parsed.success || link?.sourceId !== sourceId || link.state !== 'gone') continue;
    removed.push(parsed.data.id);
    await tx.objectStore('profiles').delete(parsed.data.id);
    await tx.objectStore('tokens').delete(parsed.data.id);
    for (const key of await tx.objectStore('history').index('byProfile').getAllKeys(parsed.data.id)) {
      await tx.objectStore('history').delete(key);
    }
  }
  const source = sourceRecordSchema.safeParse(await tx.objectStore('sources').get(sourceId));
  if (source.success) {
    await tx.objectStore('sources').put({ ...source.data, counts: { ...source.data.counts, gone: 0 } });
  }
  await tx.done;
  return removed;
}
