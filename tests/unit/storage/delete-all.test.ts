import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/storage/db';
import { getToken } from '@/lib/storage/token-vault';
import { backgroundFor, testClock } from '../background/context';

describe('deleting all data', () => {
  it('a token stored after "delete all" can still be read (found by the message-border property test)', async () => {
    const bg = backgroundFor(testClock('2026-11-26T12:00:00Z'));
    const a = await bg.data({ type: 'save-profile', profile: { platform: 'linkedin', name: 'A' } });
    await bg.data({ type: 'set-token', id: a.profile.id, token: 'TOKEN-AAAAAAAA' });
    await bg.data({
      type: 'save-settings',
      settings: { ...(await bg.data({ type: 'get-state' })).settings, warnDays: 9 },
    });
    expect(await bg.data({ type: 'delete-all', confirm: true })).toEqual({ deleted: 1 });

    const db = await openDatabase();
    expect(await db.count('profiles')).toBe(0);
    expect(await db.count('tokens')).toBe(0);
    expect(await db.get('meta', 'settings')).toBeUndefined();
    expect(await db.get('meta', 'vault-key')).toBeInstanceOf(CryptoKey);

    const b = await bg.data({ type: 'save-profile', profile: { platform: 'linkedin', name: 'B' } });
    await bg.data({ type: 'set-token', id: b.profile.id, token: 'TOKEN-BBBBBBBB' });
    expect(await getToken(b.profile.id)).toBe('TOKEN-BBBBBBBB');
  });
});
