import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Profile } from '@/lib/domain/profile';
import { openDatabase } from '@/lib/storage/db';
import { updateProfile } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from './context';

/**
 * `get-state` answers from the last read while nothing has been written since (lib/storage/db.ts counts
 * every read-write transaction). A write that lands while that read, or a reconcile, is under way, or after
 * the read and before the answer, must be in the next answer: never a stale "connected" after a disconnect
 * was written, nor a stale "disconnected" after a reconnect. The writes here go straight to storage and ask
 * for no reconcile, as a check's commit does.
 */

const disconnect = (at: string) => (p: Profile) => ({
  ...p,
  lastCheck: { at, outcome: 'invalid' as const, reason: 'token-revoked' as const },
  lastVerdict: { at, outcome: 'invalid' as const, reason: 'token-revoked' as const },
});
const reconnect = (at: string) => (p: Profile) => ({
  ...p,
  lastCheck: { at, outcome: 'valid' as const },
  lastVerdict: { at, outcome: 'valid' as const },
});

/** The two directions a write can turn a status, each with what must show after it. */
const WRITES = [
  ['a disconnect', 'ok', disconnect, 'disconnected'],
  ['a reconnect', 'disconnected', reconnect, 'ok'],
] as const;

/**
 * Every transaction as it opens, in order with when the reads of profiles finish: `onRead` runs the moment
 * a read of profiles opens, `onReadDone` when it has finished.
 */
function watchTransactions(hooks: { onRead?: () => void; onReadDone?: () => void } = {}) {
  const events: string[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
  ) {
    const tx = original.call(this, stores, mode);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite') events.push('write opens');
    else if (names.length === 1 && names[0] === 'profiles') {
      events.push('read opens');
      tx.addEventListener('complete', () => {
        events.push('read done');
        hooks.onReadDone?.();
      });
      hooks.onRead?.();
    }
    return tx;
  });
  return { events, reads: () => events.filter((e) => e === 'read opens').length };
}

async function setup(initial: 'ok' | 'disconnected') {
  const clock = testClock('2026-11-26T12:00:00Z');
  const bg = backgroundFor(clock);
  const { profile } = await bg.data({
    type: 'save-profile',
    profile: { platform: 'linkedin', name: 'Acme', connectedAt: '2026-11-20T00:00:00Z' },
  });
  const id = profile.id;
  await updateProfile(id, (initial === 'ok' ? reconnect : disconnect)('2026-11-26T11:00:00Z'));
  const status = async () => (await bg.data({ type: 'get-state' })).profiles[0]?.status;
  expect(await status()).toBe(initial);
  await bg.ctx.reconcile();
  return { clock, bg, id, status };
}

afterEach(() => vi.restoreAllMocks());

describe('get-state answered from the last read', () => {
  it('reads profiles once while nothing is written, and still derives each status at the time asked', async () => {
    const { clock, bg } = await setup('ok');
    await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Page', expiresAt: '2026-11-28T12:00:00Z' },
    });
    const statuses = async () => (await bg.data({ type: 'get-state' })).profiles.map((p) => p.status).sort();
    expect(await statuses()).toEqual(['expiring', 'ok']);
    const tx = watchTransactions();
    expect(await statuses()).toEqual(['expiring', 'ok']);
    clock.advance(3 * 86_400_000);
    expect(await statuses()).toEqual(['expired', 'ok']);
    expect(tx.reads()).toBe(0);
  });

  it.each(WRITES)(
    '%s written while the read is under way shows in the next answer',
    async (_w, from, write, to) => {
      const { bg, id, status } = await setup(from);
      // Something else written first, so that this get-state reads again.
      await updateProfile(id, (p) => ({ ...p, name: 'Acme Coffee' }));
      let written: Promise<unknown> | undefined;
      const tx = watchTransactions({
        onRead: () => {
          written ??= updateProfile(id, write('2026-11-26T12:00:00Z'));
        },
      });
      expect(await status()).toBe(from);
      await written;
      expect(tx.events.slice(0, 3)).toEqual(['read opens', 'write opens', 'read done']);
      expect(await status()).toBe(to);
      // …and the badge follows, behind the answer.
      await bg.ctx.reconcile();
      expect(await fakeBrowser.action.getBadgeText({})).toBe(to === 'ok' ? '' : '1');
    },
  );

  it.each(WRITES)('%s written during a reconcile shows in the next answer', async (_w, from, write, to) => {
    const { bg, id, status } = await setup(from);
    let written: Promise<unknown> | undefined;
    const setBadgeText = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (details) => {
      written ??= updateProfile(id, write('2026-11-26T12:00:00Z'));
      await written;
      return setBadgeText(details);
    });
    await bg.ctx.reconcile();
    expect(written).toBeDefined();
    expect(await status()).toBe(to);
  });

  it.each(WRITES)(
    '%s written after the read and before its answer shows in the next answer',
    async (_w, from, write, to) => {
      const { id, status } = await setup(from);
      await updateProfile(id, (p) => ({ ...p, name: 'Acme Coffee' }));
      let written: Promise<unknown> | undefined;
      const tx = watchTransactions({
        onReadDone: () => {
          written ??= updateProfile(id, write('2026-11-26T12:00:00Z'));
        },
      });
      expect(await status()).toBe(from);
      await written;
      expect(tx.events.slice(0, 3)).toEqual(['read opens', 'read done', 'write opens']);
      expect(await status()).toBe(to);
    },
  );

  it.each(WRITES)('%s written after a cached answer shows in the next one', async (_w, from, write, to) => {
    const { id, status } = await setup(from);
    expect(await status()).toBe(from);
    await updateProfile(id, write('2026-11-26T12:00:00Z'));
    expect(await status()).toBe(to);
  });

  it('a write still running when get-state comes is waited for by a new read, not answered around', async () => {
    const { id, status } = await setup('ok');
    // A read-write transaction that has written the disconnect and stays open until the test lets it go.
    const db = await openDatabase();
    const write = db.transaction('profiles', 'readwrite');
    const current = (await write.store.get(id)) as Profile;
    await write.store.put(disconnect('2026-11-26T12:00:00Z')(current));
    let held = true;
    const spinning = (async () => {
      while (held) await write.store.get(id);
    })();
    const answer = status();
    await new Promise((resolve) => setTimeout(resolve, 30));
    held = false;
    await spinning;
    await write.done;
    expect(await answer).toBe('disconnected');
  });
});
