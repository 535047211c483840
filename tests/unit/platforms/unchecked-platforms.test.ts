import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/domain/profile';
import { effectiveExpiry, evaluateStatus } from '@/lib/domain/token-status';
import { storedProfile } from '../import-export/profile-factory';

const NOW = new Date('2026-11-26T12:00:00Z');
const SETTINGS = { warnDays: 7 };

/** A profile as an earlier version left it: a token, and the answer of a check that version made. */
function checkedEarlier(platform: Profile['platform'], outcome: 'invalid' | 'transient' | 'valid'): Profile {
  const check = {
    at: '2026-11-20T12:00:00Z',
    outcome,
    ...(outcome === 'valid' ? {} : { reason: outcome === 'invalid' ? 'token-invalid' : 'timeout' }),
  } as Profile['lastCheck'];
  return {
    ...storedProfile('old', { platform, name: 'Acme Coffee', connectedAt: '2026-11-01T09:00:00Z' }),
    hasToken: true,
    lastCheck: check,
    lastVerdict: outcome === 'transient' ? undefined : check,
  };
}

describe('answers stored for platforms that no longer have a live check', () => {
  it.each(['x', 'tiktok', 'youtube', 'google-business'] as const)(
    'a "token invalid" an earlier version stored for %s no longer shows the profile as disconnected',
    (id) => {
      const verdict = evaluateStatus(checkedEarlier(id, 'invalid'), SETTINGS, NOW);
      expect(verdict.status).not.toBe('disconnected');
      expect(verdict.reason).not.toBe('token-invalid');
    },
  );

  it.each(['x', 'youtube'] as const)(
    'an old failed attempt on %s no longer marks the profile stale',
    (id) => {
      expect(evaluateStatus(checkedEarlier(id, 'transient'), SETTINGS, NOW).stale).toBe(false);
    },
  );

  it('dates decide instead: TikTok by its connection date, X and Google never by date', () => {
    expect(effectiveExpiry(checkedEarlier('tiktok', 'invalid'))?.toISOString()).toBe(
      '2027-04-30T09:00:00.000Z',
    );
    expect(effectiveExpiry(checkedEarlier('x', 'invalid'))).toBeNull();
  });

  it('the same stored answer still counts on a platform that has a live check', () => {
    expect(evaluateStatus(checkedEarlier('linkedin', 'invalid'), SETTINGS, NOW).status).toBe('disconnected');
  });
});
