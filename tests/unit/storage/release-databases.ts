import { openDB } from 'idb';
import { DB_NAME } from '@/lib/storage/db';

/**
 * Databases as each earlier release left them, written with `idb` directly (no code of today's), so the
 * upgrade from each is tested from what that release really wrote. Each writer follows the code it cites:
 * the schema steps of that commit's lib/storage/db.ts, the records its repository and vault put.
 * A new database version adds a writer here for the release before it, and a row in migration.test.ts.
 */

export const FB_TOKEN = 'EAAB-FAKE-RELEASE-DB-FACEBOOK';
export const BUFFER_KEY = 'BUFFER-FAKE-RELEASE-DB-KEY';
const T = '2026-11-20T09:00:00.000Z';

/** 0.1.0's token-vault.ts (`git show 581a060:lib/storage/token-vault.ts`): AES-GCM, the id as additional data. */
async function sealed(key: CryptoKey, id: string, secret: string, extra: Record<string, string> = {}) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`reconnect-radar/token/${id}`) },
    key,
    new TextEncoder().encode(secret),
  );
  return { profileId: id, iv, data, storedAt: T, ...extra };
}

/** The profile records 0.1.0 stored (581a060 lib/domain/profile.ts, profileSchema): snooze, dismissal, checks. */
function v2Profiles() {
  const base = { createdAt: T, updatedAt: T };
  return [
    {
      ...base,
      id: 'p-fb',
      platform: 'facebook',
      name: 'Release Bakery',
      kind: 'page',
      handle: 'releasebakery',
      reconnectUrl: 'https://example.com/accounts',
      connectedAt: '2026-11-01T09:00:00.000Z',
      notes: 'Client since 2024 — "latte art"',
      hasToken: true,
      lastCheck: { at: T, outcome: 'valid', expiresAt: null },
      lastVerdict: { at: T, outcome: 'valid', expiresAt: null },
    },
    {
      ...base,
      id: 'p-li',
      platform: 'linkedin',
      name: 'Release Bakery Ltd',
      hasToken: false,
      expiresAt: '2026-11-25T09:00:00.000Z',
      snooze: { until: '2026-12-30T09:00:00.000Z', status: 'expired' },
      dismissedStatus: 'expired',
    },
  ];
}

/** Schema steps of 581a060's lib/storage/db.ts (versions 1 and 2). */
function v2Schema(db: IDBDatabase, tx: IDBTransaction, oldVersion: number) {
  if (oldVersion < 1) {
    db.createObjectStore('profiles', { keyPath: 'id' });
    const history = db.createObjectStore('history', { keyPath: ['profileId', 'at'] });
    history.createIndex('byProfile', 'profileId');
    db.createObjectStore('tokens', { keyPath: 'profileId' });
    db.createObjectStore('meta');
    db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
  }
  if (oldVersion < 2) tx.objectStore('history').createIndex('byAt', 'at');
}

async function vaultKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Version 2, as 0.1.0 (commit 581a060, the first release) wrote it. */
export async function writeV2Database(): Promise<void> {
  const key = await vaultKey();
  const token = await sealed(key, 'p-fb', FB_TOKEN);
  const db = await openDB(DB_NAME, 2, {
    upgrade: (raw, oldVersion, _n, tx) => v2Schema(raw as never, tx as never, oldVersion),
  });
  const tx = db.transaction(['profiles', 'history', 'tokens', 'meta'], 'readwrite');
  for (const p of v2Profiles()) await tx.objectStore('profiles').put(p);
  await tx.objectStore('tokens').put(token);
  await tx.objectStore('history').put({ profileId: 'p-fb', at: T, outcome: 'valid' });
  await tx.objectStore('meta').put(key, 'vault-key');
  // 581a060 lib/domain/settings.ts: every field of its settings schema.
  const settings = { warnDays: 10, checkIntervalMinutes: 120, notifications: true, bannerDays: 5 };
  await tx.objectStore('meta').put({ ...settings, banners: { facebook: true, linkedin: false } }, 'settings');
  // 581a060 lib/background/notifications.ts: what was announced, by profile.
  await tx.objectStore('meta').put({ 'p-li': 'expired' }, 'notified-statuses');
  await tx.done;
  db.close();
}

/**
 * Version 3, as main wrote it before 0.2.0 (lib/storage/db.ts's `sources` store; source-repository.ts and
 * token-vault.ts: a tool's key under `source:<id>`, a channel's profile linked by `source`).
 */
export async function writeV3Database(): Promise<void> {
  const key = await vaultKey();
  const token = await sealed(key, 'p-fb', FB_TOKEN, { generation: 'g-1' });
  const sourceKey = await sealed(key, 'source:buffer-1', BUFFER_KEY, { generation: 'g-2' });
  const db = await openDB(DB_NAME, 3, {
    upgrade: (raw, oldVersion, _n, tx) => {
      v2Schema(raw as never, tx as never, oldVersion);
      if (oldVersion < 3) raw.createObjectStore('sources', { keyPath: 'id' });
    },
  });
  const tx = db.transaction(['profiles', 'history', 'tokens', 'meta', 'sources'], 'readwrite');
  const [fb, li] = v2Profiles();
  await tx.objectStore('profiles').put(fb);
  const link = {
    sourceId: 'buffer-1',
    externalId: 'ch-li',
    tool: 'Buffer',
    state: 'disconnected',
    reportedAt: T,
  };
  await tx.objectStore('profiles').put({ ...li, publisher: 'Buffer', source: link });
  await tx.objectStore('tokens').put(token);
  await tx.objectStore('tokens').put(sourceKey);
  await tx.objectStore('history').put({ profileId: 'p-fb', at: T, outcome: 'inconclusive' });
  await tx.objectStore('meta').put(key, 'vault-key');
  await tx.objectStore('meta').put({ warnDays: 10, checkIntervalMinutes: 120, bannerDays: 5 }, 'settings');
  await tx.objectStore('sources').put({
    id: 'buffer-1',
    tool: 'buffer',
    label: 'Buffer',
    createdAt: T,
    generation: 1,
    lastSync: { at: T, outcome: 'ok' },
    lastSuccessAt: T,
    counts: { profiles: 1, notTracked: 0 },
  });
  await tx.done;
  db.close();
}
