import { type Database, type EncryptedToken, openDatabase } from './db';

/**
 * Access tokens at rest: AES-GCM with one non-extractable WebCrypto key, generated once and kept in the
 * same IndexedDB (`meta` → 'vault-key'; IndexedDB structured-clones a CryptoKey without exposing its bytes).
 *
 * What this protects against, exactly: other extensions and web pages (they cannot open this extension's
 * database, and no token leaves it in `storage.local`, a message, a log, an error text or an export unless asked),
 * and a look at the stored records, which hold only ciphertext. What it does not protect against: anyone with a
 * copy of the browser profile folder. The key is stored in that same profile; "non-extractable" only stops
 * scripts from exporting it, the browser still keeps it on disk, so a copy of the profile opens every token.
 * No error text here ever contains a token.
 */

/** The meta record holding the vault key: wiping data keeps it (workers cache the key they last used). */
export const KEY_NAME = 'vault-key';
const IV_BYTES = 12;
const ALGORITHM = 'AES-GCM';

export type TokenVaultErrorKind = 'corrupt' | 'key-missing' | 'empty-token';

/** A vault failure with a kind to act on. Its message names the profile, never the token. */
export class TokenVaultError extends Error {
  override readonly name = 'TokenVaultError';
  constructor(
    readonly kind: TokenVaultErrorKind,
    message: string,
  ) {
    super(message);
  }
}

let keyPromise: Promise<CryptoKey> | undefined;
let keyDb: Database | undefined;

/** The vault key, created on first use. Two contexts racing both end up with the one that was stored. */
async function vaultKey(db: Database): Promise<CryptoKey> {
  if (keyPromise && keyDb === db) return keyPromise;
  keyDb = db;
  keyPromise = loadOrCreateKey(db).catch((error: unknown) => {
    keyPromise = undefined;
    throw error;
  });
  return keyPromise;
}

async function loadOrCreateKey(db: Database): Promise<CryptoKey> {
  const existing = await db.get('meta', KEY_NAME);
  if (existing instanceof CryptoKey) return existing;
  const key = await crypto.subtle.generateKey({ name: ALGORITHM, length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  try {
    // `add`, not `put`: if another context stored a key meanwhile, keep theirs (tokens may use it already).
    await db.add('meta', key, KEY_NAME);
    return key;
  } catch {
    const stored = await db.get('meta', KEY_NAME);
    if (stored instanceof CryptoKey) return stored;
    throw new TokenVaultError('key-missing', 'The token vault key could not be stored.');
  }
}

/** Additional data binds each ciphertext to its profile: a record copied to another profile fails to open. */
function additionalData(profileId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`reconnect-radar/token/${profileId}`);
}

/**
 * Encrypts a profile's token into the record the vault stores, with a new generation, without writing it:
 * callers that must write it together with other records (an import, a new token) do so in one transaction.
 */
export async function sealToken(profileId: string, token: string, now: Date): Promise<EncryptedToken> {
  if (token.length === 0) {
    throw new TokenVaultError('empty-token', `An empty token was not stored for profile ${profileId}.`);
  }
  const db = await openDatabase();
  const key = await vaultKey(db);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: ALGORITHM, iv, additionalData: additionalData(profileId) },
    key,
    new TextEncoder().encode(token),
  );
  return { profileId, iv, data, storedAt: now.toISOString(), generation: crypto.randomUUID() };
}

/**
 * Encrypts and stores a profile's token, replacing any earlier one. Encryption happens before the one
 * write, so a failure leaves the previous token in place.
 */
export async function putToken(profileId: string, token: string, now: Date): Promise<void> {
  const record = await sealToken(profileId, token, now);
  const db = await openDatabase();
  await db.put('tokens', record);
}

/** Which stored token a record is: changes whenever a token is stored, even the same text again. */
export function tokenGeneration(record: Pick<EncryptedToken, 'storedAt' | 'generation'>): string {
  return record.generation ?? `stored-${record.storedAt}`;
}

/**
 * The profile's token, or `undefined` when none is stored.
 * @throws {TokenVaultError} `corrupt` when the record cannot be decrypted (damaged, or the key was lost).
 */
export async function getToken(profileId: string): Promise<string | undefined> {
  const stored = await openStoredToken(profileId);
  if (stored?.error) throw stored.error;
  return stored?.token;
}

/** A stored token as a check reads it: the text, or why it cannot be read, and that record's generation. */
export type OpenedToken =
  | { generation: string; token: string; error?: undefined }
  | { generation: string; token?: undefined; error: TokenVaultError };

/**
 * The profile's token with the generation of that very record (read together with the key in one
 * transaction), or `undefined` when none is stored. A check sends this token and its answer counts for
 * this generation only. A record that cannot be opened comes back with its `corrupt` error, not thrown.
 */
export async function openStoredToken(profileId: string): Promise<OpenedToken | undefined> {
  return (await openStoredTokens([profileId])).get(profileId);
}

/**
 * `openStoredToken` for several profiles: every record and the key read in one transaction, then decrypted.
 * A profile without a token has no entry.
 */
export async function openStoredTokens(
  profileIds: readonly string[],
): Promise<Map<string, OpenedToken | undefined>> {
  const db = await openDatabase();
  const tx = db.transaction(['tokens', 'meta'], 'readonly');
  const tokens = tx.objectStore('tokens');
  const [records, key] = await Promise.all([
    Promise.all(profileIds.map((id) => tokens.get(id) as Promise<unknown>)),
    tx.objectStore('meta').get(KEY_NAME),
    tx.done,
  ]);
  const opened = await Promise.all(profileIds.map((id, i) => openRecord(id, records[i], key)));
  return new Map(profileIds.map((id, i) => [id, opened[i]]));
}

/** Opens one stored record with the key read alongside it. */
async function openRecord(
  profileId: string,
  record: unknown,
  key: unknown,
): Promise<OpenedToken | undefined> {
  if (record === undefined) return undefined;
  const generation =
    typeof record === 'object' && record !== null ? tokenGeneration(record as EncryptedToken) : 'damaged';
  const corrupt = (why: string) => ({
    generation,
    error: new TokenVaultError(
      'corrupt',
      `The stored token for profile ${profileId} cannot be read: ${why}.`,
    ),
  });
  if (!isEncryptedShape(record)) return corrupt('the record is damaged');
  // Read, never create: a new key could not open a record written with the lost one.
  if (!(key instanceof CryptoKey)) return corrupt('the vault key is missing');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: ALGORITHM, iv: new Uint8Array(record.iv), additionalData: additionalData(profileId) },
      key,
      record.data,
    );
  } catch {
    return corrupt('decryption failed');
  }
  try {
    return { generation, token: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return corrupt('the decrypted bytes are not text');
  }
}

function isEncryptedShape(value: unknown): value is EncryptedToken {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<EncryptedToken>;
  return (
    r.iv instanceof Uint8Array &&
    r.iv.byteLength === IV_BYTES &&
    r.data instanceof ArrayBuffer &&
    // 16 bytes is the GCM tag alone; a real token adds at least one byte.
    r.data.byteLength > 16 &&
    typeof r.storedAt === 'string'
  );
}

/** Removes a profile's token (no-op when there is none). */
export async function deleteToken(profileId: string): Promise<void> {
  const db = await openDatabase();
  await db.delete('tokens', profileId);
}

/** Removes every stored token; the vault key stays, so new tokens need no new key. */
export async function deleteAllTokens(): Promise<void> {
  const db = await openDatabase();
  await db.clear('tokens');
}

/** What is known about a stored token without decrypting it, or `undefined` when none is stored. */
export async function tokenInfo(profileId: string): Promise<{ storedAt: string } | undefined> {
  const db = await openDatabase();
  const record = await db.get('tokens', profileId);
  return record ? { storedAt: record.storedAt } : undefined;
}
