import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DIGEST_ALARM, digestMessage, runDigest } from '@/lib/background/digest';
import { nextDigestAt } from '@/lib/domain/digest';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { closeDatabase } from '@/lib/storage/db';
import { putProfiles } from '@/lib/storage/profile-repository';
import { saveSettings } from '@/lib/storage/settings-store';
import { backgroundFor } from '../background/context';
import { t } from '../components/render';
import { profile } from '../domain/profiles';

const ZONE = 'Europe/Berlin';
/** The handler uses the machine's own zone, as the worker does. */
const ZONE_OF_MACHINE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const translate = (key: Parameters<typeof t>[0], subs?: string[]) => t(key, subs);

/** A worker life: every start reads the database afresh, as a cold service worker does. */
async function wake() {
  return runDigest({ now: () => new Date(), timeZone: ZONE, t: translate, locale: 'en' });
}
async function restartWorker() {
  await closeDatabase();
}
const notifications = async () =>
  Object.entries(await fakeBrowser.notifications.getAll()) as [string, { title: string; message: string }][];

beforeEach(async () => {
  // Only the clock is faked: IndexedDB (fake-indexeddb) needs real timers to run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T06:00:00Z')); // Monday 07:00 in Berlin
  await saveSettings({ ...DEFAULT_SETTINGS, weeklyDigest: true });
  await putProfiles([
    profile({ id: 'a', name: 'Acme FB', expiresAt: '2026-12-02T10:00:00Z' }),
    profile({ id: 'b', name: 'Acme LI', platform: 'linkedin', expiresAt: '2026-12-04T10:00:00Z' }),
    profile({ id: 'c', name: 'Acme IG', platform: 'instagram', expiresAt: '2026-12-05T10:00:00Z' }),
    profile({ id: 'd', name: 'Acme Old', platform: 'threads', expiresAt: '2026-11-01T10:00:00Z' }),
    profile({ id: 'e', name: 'Acme Later', platform: 'pinterest', expiresAt: '2026-12-20T10:00:00Z' }),
  ]);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('weekly digest in the background', () => {
  it('waits for 09:00, then says what ends this week and what is broken, once', async () => {
    expect(await wake()).toBe(false);
    expect(await notifications()).toEqual([]);
    const alarm = await fakeBrowser.alarms.get(DIGEST_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe('2026-11-30T08:00:01.000Z');

    vi.setSystemTime(new Date('2026-11-30T08:00:01Z'));
    expect(await wake()).toBe(true);
    expect(await notifications()).toEqual([
      [
        'reconnect-radar-digest-2026-11-30',
        expect.objectContaining({
          title: 'Your week in Reconnect Radar',
          message: 'This week: 3 connections end, 1 is broken',
        }),
      ],
    ]);
    // The alarm moves on to next Monday.
    const next = await fakeBrowser.alarms.get(DIGEST_ALARM);
    expect(new Date(next!.scheduledTime).toISOString()).toBe('2026-12-07T08:00:01.000Z');
  });

  it('never fires twice in a week, across worker restarts and wake-ups later that day', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:05:00Z'));
    expect(await wake()).toBe(true);
    for (const later of ['2026-11-30T08:06:00Z', '2026-11-30T12:00:00Z', '2026-11-30T22:59:00Z']) {
      await restartWorker();
      vi.setSystemTime(new Date(later));
      expect(await wake()).toBe(false);
    }
    expect(await notifications()).toHaveLength(1);
  });

  it('two wake-ups at the same moment send one digest', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:05:00Z'));
    const results = await Promise.all([wake(), wake(), wake()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await notifications()).toHaveLength(1);
  });

  it('catches up at the first wake-up after 09:00 when the worker slept through it', async () => {
    await wake(); // 07:00: too early
    await restartWorker();
    vi.setSystemTime(new Date('2026-11-30T15:42:00Z')); // asleep until 16:42
    expect(await wake()).toBe(true);
    expect(await notifications()).toHaveLength(1);
  });

  it('skips a week whose Monday had no wake-up at all, and fires again the Monday after', async () => {
    vi.setSystemTime(new Date('2026-12-01T07:00:00Z')); // Tuesday
    expect(await wake()).toBe(false);
    vi.setSystemTime(new Date('2026-12-07T08:30:00Z')); // next Monday 09:30
    await restartWorker();
    expect(await wake()).toBe(true);
    expect((await notifications()).map(([id]) => id)).toEqual(['reconnect-radar-digest-2026-12-07']);
  });

  it('sends nothing while the setting is off (the default)', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    vi.setSystemTime(new Date('2026-11-30T08:30:00Z'));
    expect(await wake()).toBe(false);
    expect(await notifications()).toEqual([]);
    // Turned on later that Monday: the next wake-up catches up.
    await saveSettings({ ...DEFAULT_SETTINGS, weeklyDigest: true });
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
    expect(await wake()).toBe(true);
  });
});

describe('the digest alarm', () => {
  it('survives "delete all data", which clears every other alarm', async () => {
    await wake();
    const bg = backgroundFor({ now: () => new Date() });
    await bg.data({ type: 'delete-all', confirm: true });
    const alarm = await fakeBrowser.alarms.get(DIGEST_ALARM);
    expect(new Date(alarm!.scheduledTime).getTime()).toBe(
      nextDigestAt(new Date(), ZONE_OF_MACHINE).getTime() + 1000,
    );
  });
});

describe('the digest’s words', () => {
  it.each([
    [{ ending: 3, broken: 1 }, 'This week: 3 connections end, 1 is broken'],
    [{ ending: 1, broken: 2 }, 'This week: 1 connection ends, 2 are broken'],
    [{ ending: 0, broken: 1 }, 'This week: 0 connections end, 1 is broken'],
    [{ ending: 1200, broken: 0 }, 'This week: 1,200 connections end, 0 are broken'],
    [{ ending: 0, broken: 0 }, 'This week: no connection ends and none is broken.'],
  ])('%j reads "%s"', (counts, text) => {
    expect(digestMessage(counts, translate, 'en')).toBe(text);
  });
});
