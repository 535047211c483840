import type { IDBPObjectStore, StoreNames } from 'idb';
import { type Profile, type ProfileInput, profileInputSchema, profileSchema } from '../domain/profile';
import { type Database, HISTORY_LIMIT, type HistoryEntry, openDatabase, type RadarDB } from './db';
import { applyMetaChanges, type MetaChange } from './meta-store';
import { tokenGeneration, KEY_NAME as VAULT_KEY_NAME } from './token-vault';

export interface ProfileList {
  profiles: Profile[];
  /** Records that failed validation on this read and were moved to the quarantine store. */
  quarantined: number;
}

/**
 * Reads every profile. A record that fails validation (corrupted, written by a future version, edited by hand)
 * is moved to the quarantine store and reported, never handed to a reader and never lost. The read itself is
 * read-only (reads must not queue behind check commits); only a damaged record costs a write.
 */
export async function listProfiles(): Promise<ProfileList> {
  const db = await openDatabase();
  const profiles: Profile[] = [];
  const damaged: string[] = [];
  // Two requests for the whole store: a cursor would cost a round trip per record.
  const tx = db.transaction('profiles', 'readonly');
  const [values, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys(), tx.done]);
  values.forEach((value, i) => {
    const parsed = profileSchema.safeParse(value);
    if (parsed.success) profiles.push(parsed.data);
    else damaged.push(String(keys[i]));
  });
  const quarantined = damaged.length ? await quarantine(db, damaged) : 0;
  return { profiles, quarantined };
}

/** Moves the damaged records among `keys` to the quarantine store (checked again inside the write). */
async function quarantine(db: Database, keys: string[]): Promise<number> {
  const tx = db.transaction(['profiles', 'quarantine'], 'readwrite');
  let moved = 0;
  for (const key of keys) {
    const value = await tx.objectStore('profiles').get(key);
    const parsed = profileSchema.safeParse(value);
    // Gone, or rewritten with a valid record since the read: nothing to set aside.
    if (value === undefined || parsed.success) continue;
    moved++;
    await tx.objectStore('quarantine').add({
      store: 'profiles',
      key,
      value,
      error: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; '),
      at: new Date().toISOString(),
    });
    await tx.objectStore('profiles').delete(key);
  }
  await tx.done;
  return moved;
}

export async function quarantineCount(): Promise<number> {
  const db = await openDatabase();
  return db.count('quarantine');
}

/** A stored record as a profile; `undefined` for one gone or damaged (`listProfiles` sets those aside). */
function storedProfile(value: unknown): Profile | undefined {
  const parsed = profileSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function getProfile(id: string): Promise<Profile | undefined> {
  return (await getProfiles([id]))[0];
}

/** Several profiles, in the order asked, read in one transaction (`undefined` for one gone or damaged). */
export async function getProfiles(ids: readonly string[]): Promise<(Profile | undefined)[]> {
  const db = await openDatabase();
  const tx = db.transaction('profiles', 'readonly');
  // Every request at once: one round trip for the lot, not one per profile.
  const [values] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  return values.map(storedProfile);
}

/** A new profile from what a person (or an import file) said about it. */
export function newProfile(input: ProfileInput, now: Date, id: string = crypto.randomUUID()): Profile {
  const at = now.toISOString();
  return profileSchema.parse({ ...input, id, hasToken: false, createdAt: at, updatedAt: at });
}

/** The fields a person (or an import file) says about a profile; everything else is learnt. */
const INPUT_FIELDS = Object.keys(profileInputSchema.shape) as (keyof ProfileInput)[];

/**
 * Replaces what a person says about a profile (`input` is the whole of it: a field it lacks is cleared),
 * keeping everything the extension learnt: checks, token, snooze, tool links, whatever they are called.
 */
export function withInput(profile: Profile, input: ProfileInput, now: Date): Profile {
  const learnt: Partial<Profile> = { ...profile };
  for (const field of INPUT_FIELDS) delete learnt[field];
  return profileSchema.parse({ ...learnt, ...input, updatedAt: now.toISOString() });
}

/**
 * Applies only the fields `input` names (an import row: a field it leaves out stays as stored), starting from
 * the stored profile, so every tool link, token, check, snooze and note it does not name is kept.
 */
export function withFields(profile: Profile, input: Partial<ProfileInput>, now: Date): Profile {
  const named = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return profileSchema.parse({ ...profile, ...named, updatedAt: now.toISOString() });
}

export async function putProfiles(profiles: Profile[]): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('profiles', 'readwrite');
  await Promise.all([...profiles.map((p) => tx.store.put(profileSchema.parse(p))), tx.done]);
}

/**
 * Changes one profile inside a single transaction: `change` gets the current record and returns the new one
 * (or `undefined` to leave it). Returns the stored result, or `undefined` when the profile does not exist.
 */
export async function updateProfile(
  id: string,
  change: (current: Profile) => Profile | undefined,
): Promise<Profile | undefined> {
  const db = await openDatabase();
  const tx = db.transaction('profiles', 'readwrite');
  const parsed = profileSchema.safeParse(await tx.store.get(id));
  if (!parsed.success) {
    await tx.done;
    return undefined;
  }
  const next = change(parsed.data);
  if (next) await tx.store.put(profileSchema.parse(next));
  await tx.done;
  return next ?? parsed.data;
}

/** What became of a check's answer when it was stored. */
export type CommitOutcome = 'stored' | 'superseded' | 'gone';

/** One live check's answer, ready to be stored by `commitChecks`. */
export interface CheckCommit {
  id: string;
  /** The generation of the token the answer is about. */
  generation: string;
  change: (current: Profile) => Profile;
  entry: HistoryEntry;
  meta: Record<CommitOutcome, readonly MetaChange[]>;
}

/**
 * Stores live checks' results in one transaction, and returns their outcomes in order. For each: the
 * profile's new state, its history entry and the background's bookkeeping (crossing it off the check queue,
 * its retry schedule). An answer counts only if the token it was about is still the stored one
 * (`generation`, checked against the records as they are inside this transaction): otherwise nothing about
 * the profile is written and only `superseded` (the token was replaced) or `gone` (the profile, or its token,
 * no longer exists) bookkeeping is applied. The meta records are read and written once for the whole batch,
 * with every answer's changes applied in order. All or nothing: a worker stopped before the commit leaves
 * every answer of the batch unwritten and still queued.
 */
export async function commitChecks(commits: readonly CheckCommit[]): Promise<CommitOutcome[]> {
  const db = await openDatabase();
  const tx = db.transaction(['profiles', 'history', 'meta', 'tokens'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const history = tx.objectStore('history');
  const outcomes: CommitOutcome[] = [];
  const meta: MetaChange[] = [];
  const writes: Promise<unknown>[] = [];
  try {
    // Every profile and token of the batch is read at once (one round trip, not two per answer)…
    const ids = [...new Set(commits.map((c) => c.id))];
    const [records, tokens] = await Promise.all([
      Promise.all(ids.map((id) => profiles.get(id))),
      Promise.all(ids.map((id) => tx.objectStore('tokens').get(id))),
    ]);
    const current = new Map(ids.map((id, i) => [id, storedProfile(records[i])]));
    const tokenOf = new Map(ids.map((id, i) => [id, tokens[i]]));
    // …and decided in order against the records in hand: a second answer for one profile in the same batch
    // sees the first one's result, as it would have read it back.
    const written = new Set<string>();
    for (const commit of commits) {
      const { id } = commit;
      const profile = current.get(id);
      const token = tokenOf.get(id);
      let outcome: CommitOutcome = 'stored';
      if (!profile?.hasToken || !token) outcome = 'gone';
      else if (tokenGeneration(token) !== commit.generation) outcome = 'superseded';
      if (outcome === 'stored' && profile) {
        const next = profileSchema.parse(commit.change(profile));
        current.set(id, next);
        writes.push(profiles.put(next), history.put(commit.entry));
        written.add(id);
      }
      meta.push(...commit.meta[outcome]);
      outcomes.push(outcome);
    }
    // Requests run in the order made: each count sees its own profile's new entry.
    writes.push(...[...written].map((id) => pruneHistory(history, id)));
    writes.push(applyMetaChanges(tx.objectStore('meta'), meta));
    const settled = await Promise.allSettled(writes);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    // A throw does not end an IndexedDB transaction: without the abort, the writes before it would commit.
    tx.done.catch(() => undefined);
    // The abort fails every write still under way: that is the point, not an error of its own.
    for (const write of writes) write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already ended (a request failed and took the transaction with it): nothing was committed.
    }
    throw error;
  }
  await tx.done;
  return outcomes;
}

/** Removes a profile with its token, its check history and, in the same transaction, its bookkeeping. */
export async function deleteProfile(id: string, meta: readonly MetaChange[] = []): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction(['profiles', 'tokens', 'history', 'meta'], 'readwrite');
  const existed = (await tx.objectStore('profiles').count(id)) > 0;
  await tx.objectStore('profiles').delete(id);
  await tx.objectStore('tokens').delete(id);
  const keys = await tx.objectStore('history').index('byProfile').getAllKeys(id);
  await Promise.all(keys.map((k) => tx.objectStore('history').delete(k)));
  await applyMetaChanges(tx.objectStore('meta'), meta);
  await tx.done;
  return existed;
}

type HistoryStore = IDBPObjectStore<RadarDB, ArrayLike<StoreNames<RadarDB>>, 'history', 'readwrite'>;

/** Deletes all but the newest `HISTORY_LIMIT` entries of one profile (its keys are [id, at], in time order). */
export async function pruneHistory(history: HistoryStore, profileId: string): Promise<void> {
  const range = IDBKeyRange.bound([profileId], [profileId, []]);
  const excess = (await history.count(range)) - HISTORY_LIMIT;
  if (excess <= 0) return;
  let cursor = await history.openKeyCursor(range);
  for (let i = 0; cursor && i < excess; i++) {
    await history.delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
}

/**
 * Appends a live-check result, keeping the newest `HISTORY_LIMIT` of the profile. Keyed by profile and time,
 * so writing the same result twice keeps one.
 */
export async function recordHistory(entry: HistoryEntry): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('history', 'readwrite');
  await tx.store.put(entry);
  await pruneHistory(tx.store, entry.profileId);
  await tx.done;
}

export async function historyOf(profileId: string): Promise<HistoryEntry[]> {
  const db = await openDatabase();
  return db.getAllFromIndex('history', 'byProfile', profileId);
}

/**
 * Deletes every profile, token, history entry, quarantined record, connected tool and setting in ONE
 * transaction: a tool's sync that commits before it is wiped with the rest, one after it finds its tool gone
 * and writes nothing (`commitSync`), so no profile comes back. The vault key stays (as with
 * `deleteAllTokens`): the worker keeps using the key it loaded, so a token stored after a wipe must still find
 * it; without tokens it opens nothing.
 */
export async function deleteAllData(): Promise<number> {
  const db: Database = await openDatabase();
  const tx = db.transaction(['profiles', 'tokens', 'history', 'meta', 'quarantine', 'sources'], 'readwrite');
  const count = await tx.objectStore('profiles').count();
  const metaKeys = await tx.objectStore('meta').getAllKeys();
  await Promise.all([
    tx.objectStore('profiles').clear(),
    tx.objectStore('tokens').clear(),
    tx.objectStore('history').clear(),
    ...metaKeys.filter((k) => k !== VAULT_KEY_NAME).map((k) => tx.objectStore('meta').delete(k)),
    tx.objectStore('quarantine').clear(),
    tx.objectStore('sources').clear(),
  ]);
  await tx.done;
  return count;
}
