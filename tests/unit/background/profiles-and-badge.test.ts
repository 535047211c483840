import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensurePeriodicAlarm, PERIODIC_ALARM, STATUS_ALARM } from '@/lib/background/alarms';
import { BADGE_AMBER, BADGE_RED } from '@/lib/domain/badge';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { openDatabase } from '@/lib/storage/db';
import { backgroundFor, testClock } from './context';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('profiles, badge and alarms', () => {
  it('a Facebook profile connected 61 days ago makes the badge read 1 in red and names it', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: {
        platform: 'facebook',
        name: 'Acme Coffee',
        connectedAt: iso(clock.now().getTime() - 61 * DAY),
      },
    });
    expect(profile).toMatchObject({ status: 'expired', reason: 'lifetime-ended' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc5, 0x22, 0x1f, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('Acme Coffee (Facebook)');
    expect(BADGE_RED).toBe('#C5221F');
  });

  it('an expiring profile shows amber, and removing it clears the badge', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme Corp', expiresAt: iso(clock.now().getTime() + 3 * DAY) },
    });
    expect(profile.status).toBe('expiring');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(BADGE_AMBER).toBe('#B06000');
    await bg.data({ type: 'delete-profile', id: profile.id });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('wakes the worker when the next status changes by date, so the badge flips on time', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const expiry = clock.now().getTime() + 3 * DAY;
    await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme', expiresAt: iso(expiry) },
    });
    const alarm = await fakeBrowser.alarms.get(STATUS_ALARM);
    expect(alarm?.scheduledTime).toBe(expiry + 1000);
    clock.set(iso(expiry + 1000));
    await bg.ctx.reconcile();
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc5, 0x22, 0x1f, 255]);
  });

  it('creates the periodic alarm only when it is missing or its period changed', async () => {
    await ensurePeriodicAlarm(DEFAULT_SETTINGS);
    const first = await fakeBrowser.alarms.get(PERIODIC_ALARM);
    expect(first?.periodInMinutes).toBe(60);
    await ensurePeriodicAlarm(DEFAULT_SETTINGS);
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
    await ensurePeriodicAlarm({ ...DEFAULT_SETTINGS, checkIntervalMinutes: 120 });
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.periodInMinutes).toBe(120);
  });

  it('editing a profile keeps what was learnt about it and validates every field', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { profile } = await bg.data({ type: 'save-profile', profile: { platform: 'x', name: 'Acme' } });
    const edited = await bg.data({
      type: 'save-profile',
      id: profile.id,
      profile: { platform: 'x', name: 'Acme Roasters', handle: 'acme' },
    });
    expect(edited.profile).toMatchObject({
      id: profile.id,
      name: 'Acme Roasters',
      createdAt: profile.createdAt,
    });
    const bad = await bg.request({
      type: 'save-profile',
      profile: { platform: 'x', name: 'A', reconnectUrl: 'javascript:alert(1)' },
    });
    expect(bad).toMatchObject({ ok: false });
    const missing = await bg.request({ type: 'delete-profile', id: 'nope' });
    expect(missing).toMatchObject({ ok: true, data: { deleted: false } });
  });

  it('sets a corrupted record aside and still lists the rest', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    await bg.data({ type: 'save-profile', profile: { platform: 'x', name: 'Fine' } });
    const db = await openDatabase();
    await db.put('profiles', { id: 'broken', platform: 'facebook', name: 42 });
    const state = await bg.data({ type: 'get-state' });
    expect(state.profiles.map((p) => p.name)).toEqual(['Fine']);
    expect(state.quarantined).toBe(1);
    expect((await db.getAll('quarantine'))[0]).toMatchObject({ store: 'profiles', key: 'broken' });
  });

  it('snoozing leaves a profile out of the badge until the snooze ends', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Acme', expiresAt: iso(clock.now().getTime() - DAY) },
    });
    await bg.data({ type: 'snooze', id: profile.id, days: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    clock.advance(DAY + 1000);
    await bg.ctx.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('delete all data removes every profile and clears the badge', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    await bg.data({ type: 'save-profile', profile: { platform: 'facebook', name: 'A', expiresAt: iso(0) } });
    expect(await bg.request({ type: 'delete-all' } as never)).toMatchObject({ ok: false });
    expect(await bg.data({ type: 'delete-all', confirm: true })).toEqual({ deleted: 1 });
    expect((await bg.data({ type: 'get-state' })).profiles).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('reconcile', () => {
  it('a burst of requests shares the runs: one at a time and at most one waiting', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const bg = backgroundFor(clock);
    const runs = await Promise.all(Array.from({ length: 50 }, () => bg.ctx.reconcile()));
    expect(new Set(runs).size).toBeLessThanOrEqual(2);
    const later = await bg.ctx.reconcile();
    expect(runs).not.toContain(later);
  });
});

describe('mark reconnected', () => {
  it('clears the badge for a profile that expired by date, and asks for a live check when it has a token', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const checked: string[][] = [];
    const bg = backgroundFor(clock, async (ids) => {
      checked.push(ids);
      return ids.length;
    });
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Acme', connectedAt: iso(clock.now().getTime() - 61 * DAY) },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const marked = await bg.data({ type: 'mark-reconnected', id: profile.id });
    expect(marked.profile).toMatchObject({ status: 'ok', connectedAt: clock.now().toISOString() });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(checked).toEqual([]);
    await bg.data({ type: 'set-token', id: profile.id, token: 'EAAB-FAKE-MARK-0001' });
    checked.length = 0;
    await bg.data({ type: 'mark-reconnected', id: profile.id });
    expect(checked).toEqual([[profile.id]]);
  });
});
