import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFile } from '@/lib/domain/import-export';
import { openDatabase } from '@/lib/storage/db';
import { listProfiles } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from '../background/context';

afterEach(() => vi.restoreAllMocks());

describe('storage transactions', () => {
  it('listing profiles opens no read-write transaction (reads never queue behind check commits)', async () => {
    const bg = backgroundFor(testClock('2026-11-26T12:00:00Z'));
    await bg.data({ type: 'save-profile', profile: { platform: 'linkedin', name: 'A' } });
    const db = await openDatabase();
    const modes: string[] = [];
    const transaction = db.transaction.bind(db);
    vi.spyOn(db, 'transaction').mockImplementation(((stores: never, mode?: IDBTransactionMode) => {
      modes.push(mode ?? 'readonly');
      return transaction(stores, mode);
    }) as typeof db.transaction);
    expect((await listProfiles()).profiles).toHaveLength(1);
    expect(modes).toEqual(['readonly']);
  });

  it('a damaged record is still set aside, in a write of its own', async () => {
    const db = await openDatabase();
    await db.put('profiles', { id: 'broken', platform: 'nowhere' });
    expect(await listProfiles()).toEqual({ profiles: [], quarantined: 1 });
    expect(await db.count('quarantine')).toBe(1);
    expect(await db.count('profiles')).toBe(0);
  });

  it('an export with tokens names the profile whose token cannot be read, and exports the rest only when asked', async () => {
    const bg = backgroundFor(testClock('2026-11-26T12:00:00Z'));
    const ids: string[] = [];
    for (const name of ['Readable', 'Damaged']) {
      const { profile } = await bg.data({ type: 'save-profile', profile: { platform: 'linkedin', name } });
      await bg.data({ type: 'set-token', id: profile.id, token: `AQX-FAKE-EXPORT-${name}` });
      ids.push(profile.id);
    }
    const db = await openDatabase();
    const record = await db.get('tokens', ids[1]!);
    await db.put('tokens', { ...record!, data: new ArrayBuffer(40) });
    const refused = await bg.request({ type: 'export', includeTokens: true });
    expect(refused).toMatchObject({ ok: false, issues: [{ field: 'accessToken', message: 'Damaged' }] });
    expect(refused.ok ? '' : refused.error).toContain('“Damaged”');
    const agreed = await bg.data({ type: 'export', includeTokens: true, skipUnreadableTokens: true });
    // The options page writes the file from the answer.
    const file = exportFile(agreed.profiles, 'json', new Date(), agreed.tokens);
    expect(file.text).toContain('AQX-FAKE-EXPORT-Readable');
    expect(file.text).toContain('"name": "Damaged"');
    expect(file.text).not.toContain('AQX-FAKE-EXPORT-Damaged');
  });
});
