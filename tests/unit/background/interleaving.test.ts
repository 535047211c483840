import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_ALARM } from '@/lib/background/alarms';
import { checkDueProfiles, checkProfiles } from '@/lib/background/check-cycle';
import { openDatabase } from '@/lib/storage/db';
import { readMeta, writeMeta } from '@/lib/storage/meta-store';
import { historyOf } from '@/lib/storage/profile-repository';
import { getToken } from '@/lib/storage/token-vault';
import { importProfilesRequest, importRequest } from '../../import-request';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

const OLD = 'AQX-FAKE-INTERLEAVE-OLD';
const NEW = 'AQX-FAKE-INTERLEAVE-NEW';
const raw = (key: string) => readMeta(key, (v) => (v ?? {}) as Record<string, unknown>);

/** The real check cycle behind the real message handlers, on a clock the test moves. */
function setup() {
  const clock = testClock('2026-11-26T12:00:00Z');
  const hooks = { now: clock.now, onChecked: () => undefined };
  const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
  /** Waits until the cycle has nothing left to do (joins the pass under way, if any). */
  const settle = () => checkProfiles([], hooks);
  const addLinkedIn = async (name: string, token?: string) => {
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name, connectedAt: '2026-11-20T00:00:00Z' },
    });
    if (token) await bg.data({ type: 'set-token', id: profile.id, token });
    return profile.id;
  };
  const view = async (id: string) => (await bg.data({ type: 'get-state' })).profiles.find((p) => p.id === id);
  return { clock, hooks, bg, settle, addLinkedIn, view };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the check cycle while the person changes things mid-check', () => {
  it('a profile deleted while its check is in flight leaves no history, queue entry or retry behind', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn } = setup();
    const id = await addLinkedIn('Acme', OLD);
    const request = await net.waitForHeld(OLD);
    await bg.data({ type: 'delete-profile', id });
    request.answer(linkedin.serverError());
    await settle();
    expect(await historyOf(id)).toEqual([]);
    expect(await raw('check-queue')).toEqual({});
    expect(await raw('check-retries')).toEqual({});
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect((await bg.data({ type: 'get-state' })).profiles).toEqual([]);
  });

  it('a token removed while its check is in flight: the late "revoked" answer is dropped, nothing turns red', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn, view } = setup();
    const id = await addLinkedIn('Acme', OLD);
    const request = await net.waitForHeld(OLD);
    await bg.data({ type: 'remove-token', id });
    request.answer(linkedin.revoked());
    await settle();
    expect(await view(id)).toMatchObject({ hasToken: false, status: 'ok' });
    expect((await view(id))?.lastCheck).toBeUndefined();
    expect(await historyOf(id)).toEqual([]);
    expect(await raw('check-retries')).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it.each([
    ['after', 'the old answer comes last'],
    ['before', 'the old answer comes first'],
  ] as const)(
    'a token pasted mid-check is checked at once, and its answer is the one shown (%s: %s)',
    async (order, _why) => {
      const net = deferredFetch();
      const { bg, settle, addLinkedIn, view } = setup();
      const id = await addLinkedIn('Acme', OLD);
      const old = await net.waitForHeld(OLD);
      await bg.data({ type: 'set-token', id, token: NEW });
      // Promptly: the new token's request goes out while the old one is still unanswered.
      const fresh = await net.waitForHeld(NEW);
      if (order === 'before') old.answer(linkedin.revoked());
      fresh.answer(linkedin.valid());
      if (order === 'after') old.answer(linkedin.revoked());
      await settle();
      expect(await view(id)).toMatchObject({ status: 'ok', stale: false });
      expect((await view(id))?.lastCheck?.outcome).toBe('valid');
      expect((await historyOf(id)).map((e) => e.outcome)).toEqual(['valid']);
      expect(await getToken(id)).toBe(NEW);
      expect(await raw('check-queue')).toEqual({});
      expect(net.count(NEW)).toBe(1);
    },
  );

  it('delete-all while checks are in flight: nothing is written back afterwards', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn } = setup();
    const a = await addLinkedIn('A', OLD);
    const b = await addLinkedIn('B', NEW);
    const first = await net.waitForHeld(OLD);
    const second = await net.waitForHeld(NEW);
    await bg.data({ type: 'delete-all', confirm: true });
    first.answer(linkedin.serverError());
    second.answer(linkedin.revoked());
    await settle();
    const db = await openDatabase();
    expect(await db.count('profiles')).toBe(0);
    expect(await db.count('history')).toBe(0);
    expect(await historyOf(a)).toEqual([]);
    expect(await historyOf(b)).toEqual([]);
    expect(await raw('check-queue')).toEqual({});
    expect(await raw('check-retries')).toEqual({});
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('an import while a check is in flight: the imported token decides, the imported fields stay', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn, view } = setup();
    const id = await addLinkedIn('Acme', OLD);
    const old = await net.waitForHeld(OLD);
    const file = {
      format: 'reconnect-radar',
      version: 1,
      profiles: [{ platform: 'linkedin', name: 'Acme', notes: 'from the file', accessToken: NEW }],
    };
    expect(await bg.data(importRequest('p.json', JSON.stringify(file)))).toEqual({
      created: 0,
      updated: 1,
    });
    const fresh = await net.waitForHeld(NEW);
    old.answer(linkedin.revoked());
    fresh.answer(linkedin.valid());
    await settle();
    expect(await view(id)).toMatchObject({ status: 'ok', notes: 'from the file', hasToken: true });
    expect((await historyOf(id)).map((e) => e.outcome)).toEqual(['valid']);
    expect(await getToken(id)).toBe(NEW);
  });

  it('an import without tokens while a check is in flight keeps both the check result and the new fields', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn, view } = setup();
    const id = await addLinkedIn('Acme', OLD);
    const old = await net.waitForHeld(OLD);
    const file = {
      format: 'reconnect-radar',
      version: 1,
      profiles: [{ platform: 'linkedin', name: 'Acme', notes: 'n' }],
    };
    await bg.data(importRequest('p.json', JSON.stringify(file)));
    old.answer(linkedin.revoked());
    await settle();
    expect(await view(id)).toMatchObject({ status: 'disconnected', reason: 'token-revoked', notes: 'n' });
  });

  it('a profile set aside as damaged while its check is in flight gets nothing written back', async () => {
    const net = deferredFetch();
    const { bg, settle, addLinkedIn } = setup();
    const id = await addLinkedIn('Acme', OLD);
    const request = await net.waitForHeld(OLD);
    const db = await openDatabase();
    await db.put('profiles', { ...((await db.get('profiles', id)) as object), platform: 'nowhere' });
    expect((await bg.data({ type: 'get-state' })).quarantined).toBe(1);
    request.answer(linkedin.serverError());
    await settle();
    expect(await historyOf(id)).toEqual([]);
    expect(await raw('check-retries')).toEqual({});
    expect(await db.count('profiles')).toBe(0);
  });

  it('an imported profile loses its stale retry schedule', async () => {
    deferredFetch(() => linkedin.serverError());
    const { bg, settle, addLinkedIn } = setup();
    const id = await addLinkedIn('Acme', OLD);
    await settle();
    expect(Object.keys(await raw('check-retries'))).toEqual([id]);
    deferredFetch(() => 'hold');
    const file = {
      format: 'reconnect-radar',
      version: 1,
      profiles: [{ platform: 'linkedin', name: 'Acme' }],
    };
    await bg.data(importRequest('p.json', JSON.stringify(file)));
    expect(await raw('check-retries')).toEqual({});
  });
});

describe('retries are scoped to the profiles that failed', () => {
  it('a retry that fires with 100 healthy profiles stored checks exactly one', async () => {
    const net = deferredFetch((token) =>
      token === 'AQX-FAKE-FAILING' ? linkedin.serverError() : linkedin.valid(),
    );
    const { clock, hooks, bg, settle } = setup();
    const profiles = Array.from({ length: 100 }, (_, i) => ({
      platform: 'linkedin',
      name: `Healthy ${i}`,
      accessToken: `AQX-FAKE-HEALTHY-${i}`,
    }));
    profiles.push({ platform: 'linkedin', name: 'Failing', accessToken: 'AQX-FAKE-FAILING' });
    await bg.data(importProfilesRequest(profiles));
    await settle();
    expect(net.log).toHaveLength(101);
    clock.advance(10 * 60_000);
    await checkDueProfiles(hooks, 'retry');
    expect(net.log.slice(101).map((r) => r.token)).toEqual(['AQX-FAKE-FAILING']);
    // The periodic pass, by contrast, checks every due profile: all but the failing one, now in its next backoff.
    await checkDueProfiles(hooks, 'periodic');
    expect(net.log.slice(102)).toHaveLength(0); // answered 10 minutes ago: not due yet (half a period)
    clock.advance(20 * 60_000 + 1);
    await checkDueProfiles(hooks, 'periodic');
    const periodic = net.log.slice(102).map((r) => r.token);
    // Half a period after their answers: every healthy one, and the failing one whose backoff has ended.
    expect(periodic).toHaveLength(101);
    expect(periodic).toContain('AQX-FAKE-FAILING');
  });

  it("a deleted profile's retry record never fires: removed with it, and the retry alarm goes", async () => {
    const net = deferredFetch(() => linkedin.serverError());
    const { clock, hooks, bg, settle, addLinkedIn } = setup();
    const id = await addLinkedIn('Failing', OLD);
    await settle();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();
    await bg.data({ type: 'delete-profile', id });
    expect(await raw('check-retries')).toEqual({});
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    clock.advance(3_600_000);
    await checkDueProfiles(hooks, 'retry');
    expect(net.log).toHaveLength(1);
  });

  it('bookkeeping left behind for a profile that is gone is swept on the next pass, and no alarm is re-armed', async () => {
    const net = deferredFetch(() => linkedin.valid());
    const { clock, hooks, bg, addLinkedIn } = setup();
    const kept = await addLinkedIn('No token');
    await writeMeta('check-retries', {
      ghost: { attempts: 3, notBefore: '2026-11-26T11:00:00.000Z' },
      [kept]: { attempts: 1, notBefore: '2026-11-26T11:00:00.000Z' },
    });
    await writeMeta('check-queue', { ghost: '2026-11-26T11:00:00.000Z' });
    await checkDueProfiles(hooks, 'retry');
    expect(net.log).toHaveLength(0);
    expect(await raw('check-retries')).toEqual({});
    expect(await raw('check-queue')).toEqual({});
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    clock.advance(1000);
    await bg.ctx.reconcile();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('a retry schedule already due is never armed into the past (no alarm loop); the periodic pass takes it', async () => {
    const net = deferredFetch(() => linkedin.valid());
    const { hooks, bg, settle, addLinkedIn } = setup();
    const id = await addLinkedIn('Acme', OLD);
    await settle();
    await writeMeta('check-retries', { [id]: { attempts: 2, notBefore: '2026-11-26T11:59:00.000Z' } });
    await bg.ctx.reconcile();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    await checkDueProfiles(hooks, 'periodic');
    expect(net.count(OLD)).toBe(2);
    expect(await raw('check-retries')).toEqual({});
  });
});
