import { describe, expect, it } from 'vitest';
import { evaluateStatus, nextStatusChange } from '@/lib/domain/token-status';
import { DAY, daysFromNow, NOW, profile } from './profiles';

const settings = { warnDays: 7 };

describe('status by date', () => {
  it.each([
    ['expires in 30 days', { expiresAt: daysFromNow(30) }, 'ok', undefined],
    [
      'expires in exactly 7 days (the warning window starts)',
      { expiresAt: daysFromNow(7) },
      'expiring',
      'lifetime-ending',
    ],
    [
      'expires in 7 days and a second',
      { expiresAt: new Date(NOW.getTime() + 7 * DAY + 1000).toISOString() },
      'ok',
      undefined,
    ],
    ['expires in 3 days', { expiresAt: daysFromNow(3) }, 'expiring', 'lifetime-ending'],
    ['expires exactly now', { expiresAt: NOW.toISOString() }, 'expired', 'lifetime-ended'],
    [
      'expired a second ago',
      { expiresAt: new Date(NOW.getTime() - 1000).toISOString() },
      'expired',
      'lifetime-ended',
    ],
    [
      'expires a second from now',
      { expiresAt: new Date(NOW.getTime() + 1000).toISOString() },
      'expiring',
      'lifetime-ending',
    ],
    ['Facebook connected 61 days ago', { connectedAt: daysFromNow(-61) }, 'expired', 'lifetime-ended'],
    ['Facebook connected 55 days ago', { connectedAt: daysFromNow(-55) }, 'expiring', 'lifetime-ending'],
    ['Facebook connected 10 days ago', { connectedAt: daysFromNow(-10) }, 'ok', undefined],
    ['no dates at all', {}, 'unknown', 'no-dates'],
  ] as const)('%s → %s', (_name, overrides, status, reason) => {
    const verdict = evaluateStatus(profile(overrides), settings, NOW);
    expect(verdict.status).toBe(status);
    expect(verdict.reason).toBe(reason);
    expect(verdict.stale).toBe(false);
  });

  it('an explicit expiry date wins over connection date + lifetime', () => {
    const verdict = evaluateStatus(
      profile({ connectedAt: daysFromNow(-61), expiresAt: daysFromNow(20) }),
      settings,
      NOW,
    );
    expect(verdict.status).toBe('ok');
    expect(verdict.expiresAt?.toISOString()).toBe(daysFromNow(20));
  });

  it('an X profile with a connection date does not expire by date', () => {
    const verdict = evaluateStatus(profile({ platform: 'x', connectedAt: daysFromNow(-400) }), settings, NOW);
    expect(verdict).toMatchObject({ status: 'ok', expiresAt: null });
    expect(verdict.changesAt).toBeUndefined();
  });

  it('a wider warning window makes a profile expiring earlier', () => {
    const p = profile({ expiresAt: daysFromNow(10) });
    expect(evaluateStatus(p, { warnDays: 7 }, NOW).status).toBe('ok');
    expect(evaluateStatus(p, { warnDays: 14 }, NOW).status).toBe('expiring');
  });

  it('says when the status next changes by the clock: the warning window, then the expiry', () => {
    const ok = evaluateStatus(profile({ expiresAt: daysFromNow(30) }), settings, NOW);
    expect(ok.changesAt?.toISOString()).toBe(daysFromNow(23));
    const expiring = evaluateStatus(profile({ expiresAt: daysFromNow(3) }), settings, NOW);
    expect(expiring.changesAt?.toISOString()).toBe(daysFromNow(3));
    expect(nextStatusChange([ok, expiring])?.toISOString()).toBe(daysFromNow(3));
    expect(evaluateStatus(profile({ expiresAt: daysFromNow(-3) }), settings, NOW).changesAt).toBeUndefined();
  });
});

describe('status from live checks', () => {
  const at = daysFromNow(-1);

  it.each([
    ['password-changed', 'disconnected'],
    ['admin-role-lost', 'disconnected'],
    ['token-revoked', 'disconnected'],
    ['security-checkpoint', 'disconnected'],
    ['token-expired', 'expired'],
  ] as const)(
    'an invalid answer with reason %s makes the profile %s, whatever its dates say',
    (reason, status) => {
      const p = profile({
        expiresAt: daysFromNow(40),
        hasToken: true,
        lastVerdict: { at, outcome: 'invalid', reason },
        lastCheck: { at, outcome: 'invalid', reason },
      });
      expect(evaluateStatus(p, settings, NOW)).toMatchObject({ status, reason });
    },
  );

  it('a temporary posting block is shown as a notice; the dates still decide the status', () => {
    const p = profile({
      expiresAt: daysFromNow(40),
      lastVerdict: { at, outcome: 'invalid', reason: 'spam-block' },
    });
    expect(evaluateStatus(p, settings, NOW)).toMatchObject({ status: 'ok', reason: 'spam-block' });
  });

  it('an invalid answer older than the last reconnection no longer counts', () => {
    const p = profile({
      connectedAt: NOW.toISOString(),
      lastVerdict: { at, outcome: 'invalid', reason: 'password-changed' },
    });
    expect(evaluateStatus(p, settings, NOW).status).toBe('ok');
  });

  it('a valid answer with an expiry date decides the expiry', () => {
    const p = profile({
      connectedAt: daysFromNow(-61),
      lastVerdict: { at, outcome: 'valid', expiresAt: daysFromNow(45) },
    });
    expect(evaluateStatus(p, settings, NOW)).toMatchObject({ status: 'ok' });
  });

  it('a valid answer that says the token never expires makes it ok without dates', () => {
    const p = profile({ lastVerdict: { at, outcome: 'valid', expiresAt: null } });
    expect(evaluateStatus(p, settings, NOW)).toMatchObject({ status: 'ok', expiresAt: null });
  });

  it('a transient failure keeps the last known status and marks it stale', () => {
    const p = profile({
      expiresAt: daysFromNow(40),
      lastVerdict: { at: daysFromNow(-2), outcome: 'invalid', reason: 'password-changed' },
      lastCheck: { at, outcome: 'transient', reason: 'platform-error' },
    });
    expect(evaluateStatus(p, settings, NOW)).toMatchObject({
      status: 'disconnected',
      reason: 'password-changed',
      stale: true,
      staleReason: 'platform-error',
    });
  });

  it('a transient failure never turns a fine profile expired', () => {
    const p = profile({
      expiresAt: daysFromNow(40),
      lastVerdict: { at: daysFromNow(-2), outcome: 'valid' },
      lastCheck: { at, outcome: 'transient', reason: 'timeout' },
    });
    expect(evaluateStatus(p, settings, NOW)).toMatchObject({ status: 'ok', stale: true });
  });
});

describe('snooze', () => {
  const expired = { expiresAt: daysFromNow(-1) };

  it('a snoozed profile keeps its status but is marked snoozed until the snooze ends', () => {
    const p = profile({ ...expired, snooze: { until: daysFromNow(1), status: 'expired' } });
    const verdict = evaluateStatus(p, settings, NOW);
    expect(verdict).toMatchObject({ status: 'expired', snoozed: true });
    expect(verdict.changesAt?.toISOString()).toBe(daysFromNow(1));
    expect(evaluateStatus(p, settings, new Date(NOW.getTime() + 2 * DAY)).snoozed).toBe(false);
  });

  it('a snooze ends early when the status gets worse', () => {
    const p = profile({ expiresAt: daysFromNow(3), snooze: { until: daysFromNow(7), status: 'expiring' } });
    expect(evaluateStatus(p, settings, NOW).snoozed).toBe(true);
    expect(evaluateStatus(p, settings, new Date(NOW.getTime() + 4 * DAY)).snoozed).toBe(false);
  });
});
