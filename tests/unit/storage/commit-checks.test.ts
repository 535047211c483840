import { describe, expect, it } from 'vitest';
import { crossOff } from '@/lib/background/check-bookkeeping';
import { openDatabase } from '@/lib/storage/db';
import { type CheckCommit, commitChecks, historyOf } from '@/lib/storage/profile-repository';
import { openStoredToken, putToken } from '@/lib/storage/token-vault';

const AT = '2026-11-26T12:00:00.000Z';

function profile(id: string) {
  return { id, platform: 'linkedin', name: id, hasToken: true, createdAt: AT, updatedAt: AT };
}

function commit(id: string, generation: string): CheckCommit {
  return {
    id,
    generation,
    change: (p) => ({ ...p, lastCheck: { at: AT, outcome: 'valid' } }),
    entry: { profileId: id, at: AT, outcome: 'valid' },
    meta: {
      stored: [crossOff(id, 'stamp')],
      superseded: [crossOff(id, 'stamp')],
      gone: [crossOff(id, 'stamp'), { key: 'check-retries', change: () => ({}) }],
    },
  };
}

describe('a batch of check answers in one transaction', () => {
  it('checks each answer against the records inside the transaction: stored, superseded and gone apart', async () => {
    const db = await openDatabase();
    for (const id of ['kept', 'replaced', 'deleted']) {
      await db.put('profiles', profile(id));
      await putToken(id, `AQX-FAKE-COMMIT-${id}`, new Date(AT));
    }
    const generations = Object.fromEntries(
      await Promise.all(
        ['kept', 'replaced', 'deleted'].map(async (id) => [id, (await openStoredToken(id))?.generation]),
      ),
    ) as Record<string, string>;
    await db.put(
      'meta',
      { kept: 'stamp', replaced: 'stamp', deleted: 'stamp', other: 'later' },
      'check-queue',
    );
    await db.put('meta', { deleted: { attempts: 1, notBefore: AT } }, 'check-retries');
    // Between the answers and their commit: a token pasted, a profile deleted.
    await putToken('replaced', 'AQX-FAKE-COMMIT-new', new Date(AT));
    await db.delete('profiles', 'deleted');
    await db.delete('tokens', 'deleted');

    const outcomes = await commitChecks(
      ['kept', 'replaced', 'deleted'].map((id) => commit(id, generations[id]!)),
    );

    expect(outcomes).toEqual(['stored', 'superseded', 'gone']);
    expect((await historyOf('kept')).map((e) => e.outcome)).toEqual(['valid']);
    expect(await historyOf('replaced')).toEqual([]);
    expect(await historyOf('deleted')).toEqual([]);
    expect(((await db.get('profiles', 'replaced')) as { lastCheck?: unknown }).lastCheck).toBeUndefined();
    expect(await db.get('profiles', 'deleted')).toBeUndefined();
    // Every answer crossed off its own request, in one write; a request queued meanwhile stays.
    expect(await db.get('meta', 'check-queue')).toEqual({ other: 'later' });
    expect(await db.get('meta', 'check-retries')).toEqual({});
  });

  it('writes nothing at all when one answer of the batch cannot be written', async () => {
    const db = await openDatabase();
    for (const id of ['a', 'b']) {
      await db.put('profiles', profile(id));
      await putToken(id, `AQX-FAKE-COMMIT-${id}`, new Date(AT));
    }
    await db.put('meta', { a: 'stamp', b: 'stamp' }, 'check-queue');
    const broken: CheckCommit = {
      ...commit('b', (await openStoredToken('b'))!.generation),
      change: (p) => ({ ...p, platform: 'nowhere' as never }),
    };
    await expect(
      commitChecks([commit('a', (await openStoredToken('a'))!.generation), broken]),
    ).rejects.toThrow();
    expect(await historyOf('a')).toEqual([]);
    expect(await db.get('meta', 'check-queue')).toEqual({ a: 'stamp', b: 'stamp' });
  });
});
