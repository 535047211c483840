import { describe, expect, it } from 'vitest';
import { reconnectedAt } from '@/lib/domain/reconnect';
import { evaluateStatus } from '@/lib/domain/token-status';
import { DAY, daysFromNow, NOW, profile } from './profiles';

describe('marking a profile reconnected', () => {
  it('restarts the lifetime now: a Facebook profile expired by date is fine again for 60 days', () => {
    const next = reconnectedAt(profile({ connectedAt: daysFromNow(-61) }), NOW);
    expect(next.connectedAt).toBe(NOW.toISOString());
    expect(evaluateStatus(next, { warnDays: 7 }, NOW)).toMatchObject({ status: 'ok' });
    expect(evaluateStatus(next, { warnDays: 7 }, NOW).expiresAt?.getTime()).toBe(NOW.getTime() + 60 * DAY);
  });

  it('moves a typed-in expiry date by the platform’s lifetime, or drops it where there is none', () => {
    expect(reconnectedAt(profile({ platform: 'linkedin', expiresAt: daysFromNow(-2) }), NOW).expiresAt).toBe(
      daysFromNow(60),
    );
    expect(
      reconnectedAt(profile({ platform: 'x', expiresAt: daysFromNow(-2) }), NOW).expiresAt,
    ).toBeUndefined();
  });

  it('ends a snooze and a dismissed banner, and an older live answer no longer counts', () => {
    const next = reconnectedAt(
      profile({
        snooze: { until: daysFromNow(1), status: 'disconnected' },
        dismissedStatus: 'disconnected',
        lastVerdict: { at: daysFromNow(-1), outcome: 'invalid', reason: 'password-changed' },
      }),
      NOW,
    );
    expect(next.snooze).toBeUndefined();
    expect(next.dismissedStatus).toBeUndefined();
    expect(evaluateStatus(next, { warnDays: 7 }, NOW).status).toBe('ok');
  });
});
