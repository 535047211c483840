import { type Profile, profileSchema } from '../domain/profile';
import { type EncryptedToken, openDatabase } from './db';
import { applyMetaChanges, type MetaChange } from './meta-store';

/**
 * Writes that must land together or not at all: a token with the profile that claims it and the check
 * bookkeeping about it. Tokens are encrypted before (`sealToken`): WebCrypto is asynchronous, and an
 * IndexedDB transaction commits as soon as it waits on anything else. Each change is applied to the
 * record as it is inside the transaction, never to a copy read earlier.
 */

/**
 * Stores (`record`) or removes (`undefined`) a profile's token, changes the profile and applies `meta`, in one
 * transaction. Returns the stored profile, or `undefined` (and writes nothing) when the profile does not exist.
 */
export async function replaceToken(
  id: string,
  record: EncryptedToken | undefined,
  change: (current: Profile) => Profile,
  meta: readonly MetaChange[],
): Promise<Profile | undefined> {
  const db = await openDatabase();
  const tx = db.transaction(['profiles', 'tokens', 'meta'], 'readwrite');
  const parsed = profileSchema.safeParse(await tx.objectStore('profiles').get(id));
  if (!parsed.success) {
    await tx.done;
    return undefined;
  }
  const next = profileSchema.parse(change(parsed.data));
  if (record) await tx.objectStore('tokens').put(record);
  else await tx.objectStore('tokens').delete(id);
  await tx.objectStore('profiles').put(next);
  await applyMetaChanges(tx.objectStore('meta'), meta);
  await tx.done;
  return next;
}

/**
 * An import in one transaction: `plan` gets every valid stored profile as it is inside the transaction and
 * returns the records to write, or `undefined` when the tokens sealed beforehand no longer fit them (a
 * profile appeared or went since): then nothing is written and the caller plans again.
 */
export async function writeImport(
  tokens: readonly EncryptedToken[],
  plan: (current: Profile[]) => Profile[] | undefined,
  meta: readonly MetaChange[],
): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction(['profiles', 'tokens', 'meta'], 'readwrite');
  const current: Profile[] = [];
  for (const value of await tx.objectStore('profiles').getAll()) {
    const parsed = profileSchema.safeParse(value);
    if (parsed.success) current.push(parsed.data);
  }
  const records = plan(current);
  if (!records) {
    await tx.done;
    return false;
  }
  for (const token of tokens) await tx.objectStore('tokens').put(token);
  for (const profile of records) await tx.objectStore('profiles').put(profileSchema.parse(profile));
  await applyMetaChanges(tx.objectStore('meta'), meta);
  await tx.done;
  return true;
}

/**
 * Drops, from meta records keyed by profile id (the check queue, retry schedules), every id whose profile
 * fails `keep` (given the profile, or `undefined` when it is gone, and whether a token is stored), reading
 * profiles and tokens in the same transaction so that a token saved meanwhile is never swept.
 */
export async function sweepByProfile(
  keys: readonly string[],
  keep: (profile: Profile | undefined, hasStoredToken: boolean) => boolean,
): Promise<number> {
  const db = await openDatabase();
  const tx = db.transaction(['profiles', 'tokens', 'meta'], 'readwrite');
  let swept = 0;
  const verdicts = new Map<string, boolean>();
  const kept = async (id: string) => {
    let verdict = verdicts.get(id);
    if (verdict === undefined) {
      const parsed = profileSchema.safeParse(await tx.objectStore('profiles').get(id));
      const stored = (await tx.objectStore('tokens').count(id)) > 0;
      verdict = keep(parsed.success ? parsed.data : undefined, stored);
      verdicts.set(id, verdict);
    }
    return verdict;
  };
  for (const key of keys) {
    const raw: unknown = await tx.objectStore('meta').get(key);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const next: Record<string, unknown> = {};
    let changed = false;
    for (const [id, value] of Object.entries(raw)) {
      if (await kept(id)) next[id] = value;
      else changed = true;
    }
    if (changed) {
      swept += Object.keys(raw).length - Object.keys(next).length;
      await tx.objectStore('meta').put(next, key);
    }
  }
  await tx.done;
  return swept;
}
