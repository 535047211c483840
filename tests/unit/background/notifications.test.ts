import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkProfiles } from '@/lib/background/check-cycle';
import { transitionOf } from '@/lib/background/notifications';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const all = async () =>
  Object.values(await fakeBrowser.notifications.getAll()) as {
    title: string;
    message: string;
    buttons?: unknown[];
  }[];

describe('notifications', () => {
  it.each([
    ['ok', 'expiring', false, 'expiring'],
    ['unknown', 'expiring', false, 'expiring'],
    ['expiring', 'expired', false, 'expired'],
    ['ok', 'disconnected', false, 'disconnected'],
    ['disconnected', 'ok', true, 'recovered'],
    ['expired', 'ok', true, 'recovered'],
    ['disconnected', 'ok', false, undefined],
    ['expired', 'ok', false, undefined],
    ['expiring', 'ok', true, undefined],
    ['ok', 'ok', true, undefined],
    ['ok', 'unknown', false, undefined],
    ['expired', 'disconnected', false, 'disconnected'],
  ] as const)('%s → %s (proven by a check: %s) notifies %s', (before, after, proven, transition) => {
    expect(transitionOf(before, after, proven)).toBe(transition);
  });

  it('announces a profile that expires once, also across worker restarts', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Acme Coffee', expiresAt: iso(clock.now().getTime() + 60_000) },
    });
    expect(await all()).toHaveLength(0); // first sight: remembered, not announced
    clock.advance(61_000);
    await bg.ctx.reconcile();
    await bg.ctx.reconcile();
    const shown = await all();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: 'Connection expired' });
    expect(shown[0]?.message).toContain('Acme Coffee (Facebook) has expired');
    expect(shown[0]?.buttons).toHaveLength(2);
    // A new worker life: a fresh background over the same database announces nothing new.
    await backgroundFor(clock).ctx.reconcile();
    expect(await all()).toHaveLength(1);
  });

  it('groups several transitions into one notification', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    for (const name of ['A', 'B', 'C']) {
      await bg.data({
        type: 'save-profile',
        profile: { platform: 'linkedin', name, expiresAt: iso(clock.now().getTime() + 8 * DAY) },
      });
    }
    clock.advance(2 * DAY);
    await bg.ctx.reconcile();
    const shown = await all();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('3 profiles changed');
  });

  it('stays quiet when notifications are off', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { settings } = await bg.data({ type: 'get-state' });
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Quiet', expiresAt: iso(clock.now().getTime() + 8 * DAY) },
    });
    await bg.data({ type: 'save-settings', settings: { ...settings, notifications: false } });
    clock.advance(2 * DAY);
    await bg.ctx.reconcile();
    expect(await all()).toHaveLength(0);
    expect(profile.status).toBe('ok');
  });

  it('a snoozed profile is announced only when its status gets worse than when it was snoozed', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Snoozy', expiresAt: iso(clock.now().getTime() + 2 * DAY) },
    });
    await bg.data({ type: 'snooze', id: profile.id, days: 7 });
    clock.advance(DAY);
    await bg.ctx.reconcile();
    expect(await all()).toHaveLength(0);
    clock.advance(DAY + 1000);
    await bg.ctx.reconcile();
    expect((await all()).map((n) => n.title)).toEqual(['Connection expired']);
  });

  describe('a recovery is announced only when a check proves it', () => {
    afterEach(() => vi.unstubAllGlobals());

    async function deadProfile() {
      const clock = testClock('2026-11-26T12:00:00Z');
      const hooks = { now: clock.now, onChecked: () => undefined };
      const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
      let answer = linkedin.revoked;
      deferredFetch(() => answer());
      const { profile } = await bg.data({
        type: 'save-profile',
        profile: { platform: 'linkedin', name: 'Acme', connectedAt: '2026-11-20T00:00:00Z' },
      });
      await bg.data({ type: 'set-token', id: profile.id, token: 'AQX-FAKE-DEAD-PROFILE' });
      await checkProfiles([], hooks);
      await bg.ctx.reconcile();
      expect((await all()).map((n) => n.title)).toEqual(['Connection lost']);
      clock.advance(60_000);
      return {
        bg,
        id: profile.id,
        settle: () => checkProfiles([], hooks),
        answerWith: (next: typeof answer) => {
          answer = next;
        },
      };
    }

    it('removing the token of a dead profile changes its status silently', async () => {
      const { bg, id } = await deadProfile();
      const { profile } = await bg.data({ type: 'remove-token', id });
      expect(profile.status).toBe('ok');
      await bg.ctx.reconcile();
      expect((await all()).map((n) => n.title)).toEqual(['Connection lost']);
    });

    it('"I reconnected it" changes the status silently, and a check that still finds it dead says so again', async () => {
      const { bg, id, settle } = await deadProfile();
      const { profile } = await bg.data({ type: 'mark-reconnected', id });
      expect(profile.status).toBe('ok');
      await settle();
      await bg.ctx.reconcile();
      expect((await all()).map((n) => n.title)).toEqual(['Connection lost', 'Connection lost']);
    });

    it('a check that says the token works again announces "Connection restored"', async () => {
      const { bg, id, settle, answerWith } = await deadProfile();
      answerWith(linkedin.valid);
      await bg.data({ type: 'check-now', id });
      await settle();
      await bg.ctx.reconcile();
      expect((await all()).map((n) => n.title)).toEqual(['Connection lost', 'Connection restored']);
    });
  });
});
