import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '@/lib/domain/backoff';
import { type CountdownKey, countdownText, relativeTime } from '@/lib/domain/countdown';
import { t } from '../components/render';

/** The English catalogue, as the pages use it. */
const ENGLISH = { t, locale: t('a2CatalogueLocale') };

import { DEFAULT_SETTINGS, parseSettings } from '@/lib/domain/settings';
import { DAY, NOW } from './profiles';

describe('settings', () => {
  it('defaults: a 7-day warning window, a check every 60 minutes, notifications on', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ warnDays: 7, checkIntervalMinutes: 60, notifications: true });
  });

  it('keeps every valid stored field and replaces only the invalid ones', () => {
    const parsed = parseSettings({
      warnDays: 14,
      checkIntervalMinutes: 1,
      notifications: 'yes',
      banners: { x: false, nope: 1 },
    });
    expect(parsed.warnDays).toBe(14);
    expect(parsed.checkIntervalMinutes).toBe(DEFAULT_SETTINGS.checkIntervalMinutes);
    expect(parsed.notifications).toBe(true);
    expect(parsed.banners).toEqual({ ...DEFAULT_SETTINGS.banners, x: false });
  });
});

describe('countdown', () => {
  it.each([
    [5 * DAY, 'ok', 'Expires in 5 days'],
    [-3 * DAY, 'expired', 'Expired 3 days ago'],
    [DAY, 'expiring', 'Expires tomorrow'],
    [5 * 3_600_000, 'expiring', 'Expires in 5 hours'],
    [-10 * 60_000, 'expired', 'Expired 10 minutes ago'],
    [20 * DAY, 'disconnected', 'Would expire in 20 days'],
  ] as const)('%d ms from now, %s → "%s"', (offset, status, text) => {
    expect(countdownText(new Date(NOW.getTime() + offset), status, NOW, ENGLISH)).toBe(text);
  });

  it('says when a connection does not expire by date, or when nothing is known', () => {
    expect(countdownText(null, 'ok', NOW, ENGLISH)).toBe('Does not expire by date');
    expect(countdownText(undefined, 'unknown', NOW, ENGLISH)).toBe('Expiry unknown');
  });

  it('follows the locale', () => {
    expect(relativeTime(new Date(NOW.getTime() + 5 * DAY), NOW, 'de')).toBe('in 5 Tagen');
  });

  it('builds the whole phrase in the catalogue’s language: the template and the time come from one locale', () => {
    const german = {
      locale: 'de',
      t: (key: CountdownKey, when?: string) =>
        ({ a2CountdownExpired: `Abgelaufen ${when}`, a2CountdownExpires: `Läuft ${when} ab` })[
          key as string
        ] ?? key,
    };
    expect(countdownText(new Date(NOW.getTime() - 10 * DAY), 'expired', NOW, german)).toBe(
      'Abgelaufen vor 10 Tagen',
    );
    expect(countdownText(new Date(NOW.getTime() + 5 * DAY), 'ok', NOW, german)).toBe('Läuft in 5 Tagen ab');
    // The English catalogue formats its times in English, whatever the browser's language.
    expect(countdownText(new Date(NOW.getTime() - 10 * DAY), 'expired', NOW, ENGLISH)).toBe(
      'Expired 10 days ago',
    );
  });
});

describe('backoff', () => {
  it('doubles from one minute and stops at six hours', () => {
    expect(backoffDelay(1, 0.5)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, 0.5)).toBe(2 * BACKOFF_BASE_MS);
    expect(backoffDelay(5, 0.5)).toBe(16 * BACKOFF_BASE_MS);
    expect(backoffDelay(30, 0.5)).toBe(BACKOFF_MAX_MS);
  });

  it('spreads retries by ±20 %', () => {
    expect(backoffDelay(3, 0)).toBe(0.8 * 4 * BACKOFF_BASE_MS);
    expect(backoffDelay(3, 0.999999)).toBeCloseTo(1.2 * 4 * BACKOFF_BASE_MS, -2);
  });

  it('never retries earlier than the platform’s Retry-After', () => {
    expect(backoffDelay(1, 0.5, 30 * 60_000)).toBe(30 * 60_000);
    expect(backoffDelay(6, 0.5, 1000)).toBe(32 * BACKOFF_BASE_MS);
  });
});
