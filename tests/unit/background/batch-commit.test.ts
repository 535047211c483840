import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProfiles } from '@/lib/background/check-cycle';
import { COMMIT_MS } from '@/lib/background/check-one';
import { openDatabase } from '@/lib/storage/db';
import { readMeta } from '@/lib/storage/meta-store';
import { historyOf } from '@/lib/storage/profile-repository';
import { getToken } from '@/lib/storage/token-vault';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

const raw = (key: string) => readMeta(key, (v) => (v ?? {}) as Record<string, unknown>);
const turns = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Every transaction opened, with its scope and mode: a check's commit is the one that writes history. */
function watchTransactions() {
  const opened: { stores: string[]; mode: string; at: number }[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
  ) {
    opened.push({
      stores: typeof stores === 'string' ? [stores] : [...stores],
      mode: mode ?? 'readonly',
      at: performance.now(),
    });
    return original.call(this, stores, mode);
  });
  return {
    commits: () => opened.filter((t) => t.mode === 'readwrite' && t.stores.includes('history')).length,
    /** When the first commit was opened (performance.now()). */
    firstCommitAt: () => opened.find((t) => t.mode === 'readwrite' && t.stores.includes('history'))?.at,
    tokenWrites: () =>
      opened.filter(
        (t) => t.mode === 'readwrite' && t.stores.includes('tokens') && !t.stores.includes('history'),
      ).length,
    /** A commit and a profile's deletion both write history (and the same stores). */
    historyWrites: () => opened.filter((t) => t.mode === 'readwrite' && t.stores.includes('history')).length,
  };
}

/**
 * Keeps a read-write transaction on `meta` open until released: every commit (it writes the check queue)
 * waits behind it, so the test decides what happens between an answer and the batch that writes it.
 */
async function holdMeta(): Promise<() => Promise<void>> {
  const db = await openDatabase();
  const tx = db.transaction('meta', 'readwrite');
  let held = true;
  const spin = async () => {
    while (held) await tx.store.get('hold');
  };
  const spinning = spin();
  await tx.store.get('hold');
  return async () => {
    held = false;
    await spinning;
    await tx.done;
  };
}

function setup() {
  const clock = testClock('2026-11-26T12:00:00Z');
  const hooks = { now: clock.now, onChecked: () => undefined };
  const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
  const settle = () => checkProfiles([], hooks);
  const add = async (name: string, token: string) => {
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name, connectedAt: '2026-11-20T00:00:00Z' },
    });
    await bg.data({ type: 'set-token', id: profile.id, token });
    return profile.id;
  };
  const view = async (id: string) => (await bg.data({ type: 'get-state' })).profiles.find((p) => p.id === id);
  return { bg, settle, add, view };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('answers are written in batches, each checked inside its own transaction', () => {
  it('answers that arrive while a batch commits are written by the next one, and none is lost', async () => {
    const net = deferredFetch();
    const { settle, add, view } = setup();
    const ids = [await add('A', 'AQX-FAKE-BATCH-A'), await add('B', 'AQX-FAKE-BATCH-B')];
    const c = await add('C', 'AQX-FAKE-BATCH-C');
    const [a, b, cRequest] = await Promise.all(
      ['AQX-FAKE-BATCH-A', 'AQX-FAKE-BATCH-B', 'AQX-FAKE-BATCH-C'].map((t) => net.waitForHeld(t)),
    );
    const tx = watchTransactions();
    const release = await holdMeta();
    a!.answer(linkedin.valid());
    // B and C are still waiting for their answers: A's batch is written when its window ends.
    await vi.waitFor(() => expect(tx.commits()).toBe(1), { timeout: COMMIT_MS * 20 });
    // A's batch is waiting to commit; B and C answer meanwhile.
    b!.answer(linkedin.revoked());
    cRequest!.answer(linkedin.valid());
    await turns();
    await release();
    await settle();
    expect(tx.commits()).toBe(2);
    expect(await view(ids[0]!)).toMatchObject({ status: 'ok' });
    expect(await view(ids[1]!)).toMatchObject({ status: 'disconnected', reason: 'token-revoked' });
    expect(await view(c)).toMatchObject({ status: 'ok' });
    for (const id of [...ids, c]) expect(await historyOf(id)).toHaveLength(1);
    expect(await raw('check-queue')).toEqual({});
  });

  it('a token pasted between the answer and its batch commit: the new token is checked and its answer shown', async () => {
    const net = deferredFetch();
    const { bg, settle, add, view } = setup();
    const first = await add('First', 'AQX-FAKE-BATCH-FIRST');
    const id = await add('Acme', 'AQX-FAKE-BATCH-OLD');
    const [firstRequest, old] = await Promise.all([
      net.waitForHeld('AQX-FAKE-BATCH-FIRST'),
      net.waitForHeld('AQX-FAKE-BATCH-OLD'),
    ]);
    const release = await holdMeta();
    // The first answer's batch waits; the old token's answer is read and waits for the next batch.
    firstRequest.answer(linkedin.valid());
    await turns();
    old.answer(linkedin.revoked());
    await turns();
    // The paste's own reads queue behind the waiting batch: which of the paste and the old answer's batch
    // lands first is up to IndexedDB's order, and either way the old answer must not decide.
    const pasted = bg.data({ type: 'set-token', id, token: 'AQX-FAKE-BATCH-NEW' });
    await turns();
    await release();
    await pasted;
    const fresh = await net.waitForHeld('AQX-FAKE-BATCH-NEW');
    fresh.answer(linkedin.valid());
    await settle();
    expect(await view(id)).toMatchObject({ status: 'ok', hasToken: true });
    expect((await view(id))?.lastCheck?.outcome).toBe('valid');
    // The newest entry is the new token's answer (the old one, if its batch came first, was about the old token).
    expect((await historyOf(id)).at(-1)?.outcome).toBe('valid');
    expect(await getToken(id)).toBe('AQX-FAKE-BATCH-NEW');
    expect((await historyOf(first)).map((e) => e.outcome)).toEqual(['valid']);
    expect(await raw('check-queue')).toEqual({});
    expect(net.count('AQX-FAKE-BATCH-NEW')).toBe(1);
  });

  it('a profile deleted between the answer and its batch commit gets nothing written back', async () => {
    const net = deferredFetch();
    const { bg, settle, add } = setup();
    const first = await add('First', 'AQX-FAKE-BATCH-FIRST');
    const id = await add('Acme', 'AQX-FAKE-BATCH-GONE');
    const [firstRequest, gone] = await Promise.all([
      net.waitForHeld('AQX-FAKE-BATCH-FIRST'),
      net.waitForHeld('AQX-FAKE-BATCH-GONE'),
    ]);
    const release = await holdMeta();
    firstRequest.answer(linkedin.valid());
    await turns();
    gone.answer(linkedin.serverError());
    await turns();
    const deleted = bg.data({ type: 'delete-profile', id });
    await turns();
    await release();
    expect(await deleted).toEqual({ deleted: true });
    await settle();
    expect(await historyOf(id)).toEqual([]);
    expect(await historyOf(first)).toHaveLength(1);
    expect(await raw('check-queue')).toEqual({});
    expect(await raw('check-retries')).toEqual({});
    const db = await openDatabase();
    expect(await db.get('profiles', id)).toBeUndefined();
  });
  it('answers that arrive within the window are written together; the last one of a pass at once', async () => {
    const net = deferredFetch();
    const { settle, add, view } = setup();
    const tokens = ['AQX-FAKE-WINDOW-A', 'AQX-FAKE-WINDOW-B', 'AQX-FAKE-WINDOW-C'];
    const ids: string[] = [];
    for (const [i, token] of tokens.entries()) ids.push(await add(`W${i}`, token));
    const held = await Promise.all(tokens.map((t) => net.waitForHeld(t)));
    const tx = watchTransactions();
    held[0]!.answer(linkedin.valid());
    await turns();
    held[1]!.answer(linkedin.revoked());
    await turns();
    // Nothing written yet, and both answers still queued: a worker stopped now checks them again.
    expect(tx.commits()).toBe(0);
    expect(Object.keys(await raw('check-queue')).sort()).toEqual([...ids].sort());
    expect((await view(ids[0]!))?.lastCheck).toBeUndefined();
    const started = performance.now();
    held[2]!.answer(linkedin.valid());
    await settle();
    // The last answer closes the window: its batch is opened without waiting for the timer.
    expect(tx.firstCommitAt()! - started).toBeLessThan(COMMIT_MS / 2);
    expect(tx.commits()).toBe(1);
    expect(await view(ids[0]!)).toMatchObject({ status: 'ok' });
    expect(await view(ids[1]!)).toMatchObject({ status: 'disconnected', reason: 'token-revoked' });
    expect(await view(ids[2]!)).toMatchObject({ status: 'ok' });
    expect(await raw('check-queue')).toEqual({});
  });

  it('an answer waits at most the window while other checks are still out', async () => {
    const net = deferredFetch();
    const { add, view } = setup();
    const first = await add('First', 'AQX-FAKE-WINDOW-FIRST');
    await add('Slow', 'AQX-FAKE-WINDOW-SLOW');
    const [firstRequest, slow] = await Promise.all([
      net.waitForHeld('AQX-FAKE-WINDOW-FIRST'),
      net.waitForHeld('AQX-FAKE-WINDOW-SLOW'),
    ]);
    const answered = performance.now();
    firstRequest.answer(linkedin.valid());
    await vi.waitFor(async () => expect((await view(first))?.lastCheck?.outcome).toBe('valid'), {
      timeout: COMMIT_MS * 5,
      interval: 10,
    });
    expect(performance.now() - answered).toBeGreaterThanOrEqual(COMMIT_MS - 5);
    expect(await raw('check-queue')).not.toHaveProperty(first);
    slow.answer(linkedin.valid());
  });
});
