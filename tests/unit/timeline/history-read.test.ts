import { describe, expect, it } from 'vitest';
import { toHistoryView } from '@/lib/background/history-view';
import { HISTORY_LIMIT, type HistoryEntry, openDatabase } from '@/lib/storage/db';
import { readHistory as readRecords } from '@/lib/storage/history-read';
import { recordHistory } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from '../background/context';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1) + minute * 60_000).toISOString();
const OUTCOMES = ['valid', 'invalid', 'transient', 'inconclusive'] as const;
/** The stored records, as the background sends them to the strip. */
const readHistory = async (id: string, limit?: number) => (await readRecords(id, limit)).map(toHistoryView);

describe('a profile’s history, read for its strip', () => {
  it('gives that profile’s newest entries first, capped as stored, and only time, outcome and reason', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      await recordHistory({
        profileId: 'a',
        at: at(i),
        outcome: OUTCOMES[i % 4]!,
        reason: i % 4 === 1 ? 'password-changed' : undefined,
        detail: 'graph.facebook.com answered 190/460',
        httpStatus: 400,
      });
    }
    await recordHistory({ profileId: 'b', at: at(1000), outcome: 'valid' });
    await recordHistory({ profileId: 'ab', at: at(1001), outcome: 'valid' });

    const entries = await readHistory('a');
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]).toEqual({ at: at(HISTORY_LIMIT + 4), outcome: 'valid' });
    expect(entries[3]).toEqual({ at: at(HISTORY_LIMIT + 1), outcome: 'invalid', reason: 'password-changed' });
    expect(entries.at(-1)!.at).toBe(at(5));
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
    expect(new Set(entries.flatMap((e) => Object.keys(e)))).toEqual(new Set(['at', 'outcome', 'reason']));
    expect(await readHistory('a', 3)).toHaveLength(3);
    expect(await readHistory('b')).toEqual([{ at: at(1000), outcome: 'valid' }]);
    expect(await readHistory('nobody')).toEqual([]);
  });

  it('skips a damaged entry instead of failing the strip', async () => {
    const db = await openDatabase();
    await recordHistory({ profileId: 'a', at: at(1), outcome: 'valid' });
    await db.put('history', { profileId: 'a', at: at(2), outcome: 'exploded' } as unknown as HistoryEntry);
    await db.put('history', {
      profileId: 'a',
      at: at(3),
      outcome: 'invalid',
      reason: 'not-a-reason',
    } as unknown as HistoryEntry);
    expect(await readHistory('a')).toEqual([
      { at: at(3), outcome: 'invalid' },
      { at: at(1), outcome: 'valid' },
    ]);
  });
});

describe('the get-history message', () => {
  it('answers an extension page with the entries, refuses an unknown profile and a content script', async () => {
    const bg = backgroundFor(testClock('2026-11-26T12:00:00Z'));
    const { profile } = await bg.data({ type: 'save-profile', profile: { platform: 'x', name: 'Acme X' } });
    await recordHistory({
      profileId: profile.id,
      at: at(1),
      outcome: 'inconclusive',
      reason: 'unexpected-answer',
    });
    expect(await bg.data({ type: 'get-history', id: profile.id })).toEqual({
      entries: [{ at: at(1), outcome: 'inconclusive', reason: 'unexpected-answer' }],
    });
    expect(await bg.request({ type: 'get-history', id: 'missing' })).toMatchObject({ ok: false });
    const fromContentScript = await bg.request(
      { type: 'get-history', id: profile.id },
      { id: 'test-extension-id', url: 'https://www.facebook.com/', tab: { id: 1 } },
    );
    expect(fromContentScript).toMatchObject({ ok: false });
    expect(await bg.request({ type: 'get-history', id: '' } as never)).toMatchObject({ ok: false });
  });
});
