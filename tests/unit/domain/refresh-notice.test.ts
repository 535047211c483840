import { describe, expect, it } from 'vitest';
import type { SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';
import { daysFromNow, NOW, profile } from './profiles';

/**
 * Postiz's "could not refresh a channel" notice: a dated hint on each channel of that provider, never a
 * verdict, hidden once something newer says the connection works.
 */
const settings = { warnDays: 7 };
const FAILED_AT = daysFromNow(-2);

const link = (overrides: Partial<SourceLink> = {}): SourceLink => ({
  sourceId: 'postiz-1',
  externalId: 'cm-1',
  tool: 'Postiz',
  state: 'listed',
  notices: ['refresh-failed'],
  refreshFailedAt: FAILED_AT,
  reportedAt: NOW.toISOString(),
  ...overrides,
});

describe('a refresh failure Postiz noted', () => {
  it('is a dated notice and changes no status, whatever the dates say', () => {
    for (const dates of [{}, { connectedAt: daysFromNow(-100) }, { expiresAt: daysFromNow(3) }]) {
      const without = evaluateStatus(
        profile({ platform: 'linkedin', ...dates, sources: [link({ notices: undefined })] }),
        settings,
        NOW,
      );
      const withNotice = evaluateStatus(
        profile({ platform: 'linkedin', ...dates, sources: [link()] }),
        settings,
        NOW,
      );
      expect(withNotice.status).toBe(without.status);
      expect(withNotice.reason).toBe(without.reason);
      expect(withNotice.notices).toEqual([
        { reason: 'source-refresh-failed', tool: 'Postiz', at: FAILED_AT },
      ]);
    }
  });

  it('is hidden by a live check that passed after it, or a connection date the person gave after it', () => {
    const valid = (at: string) => ({ at, outcome: 'valid' as const });
    const hidden = [{ lastVerdict: valid(daysFromNow(-1)) }, { connectedAt: daysFromNow(-1) }];
    for (const newer of hidden)
      expect(evaluateStatus(profile({ ...newer, sources: [link()] }), settings, NOW).notices).toBeUndefined();
    const shown = [
      { lastVerdict: valid(daysFromNow(-3)) },
      { lastVerdict: { at: daysFromNow(-1), outcome: 'transient' as const } },
      { connectedAt: daysFromNow(-3) },
    ];
    for (const older of shown)
      expect(evaluateStatus(profile({ ...older, sources: [link()] }), settings, NOW).notices).toHaveLength(1);
  });

  it('without its date it is not shown (it could be of any age); other notices keep no date', () => {
    const verdict = evaluateStatus(
      profile({ sources: [link({ refreshFailedAt: undefined, notices: ['refresh-failed', 'disabled'] })] }),
      settings,
      NOW,
    );
    expect(verdict.notices).toEqual([{ reason: 'source-disabled', tool: 'Postiz' }]);
  });
});
