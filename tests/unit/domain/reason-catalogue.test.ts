import { describe, expect, it } from 'vitest';
import { REASON_SEVERITY } from '@/lib/domain/reason-catalogue';
import { REASONS, type Reason, TRANSIENT_REASONS } from '@/lib/domain/reasons';
import { reasonText } from '@/lib/i18n/reason-text';
import { t } from '../components/render';

/**
 * The causes publishing tools name to their users (docs/platforms.md, "Meta Graph errors"), each with the
 * reason that covers it: every cause has a home, and the home is a real reason the product can show.
 */
const PUBLISHER_CAUSES: Record<string, Reason> = {
  'password changed': 'password-changed',
  'the platform’s routine security checks': 'security-checkpoint',
  'the person who connected the account is no longer an admin': 'admin-role-lost',
  'identical posts to several accounts at once': 'spam-block',
  'spam-like behaviour': 'spam-block',
  'logins from many IP addresses': 'account-locked',
  'frequently logging in and out of different accounts': 'logged-out',
  'the ~60-day lifetime of Facebook, Instagram and LinkedIn connections': 'lifetime-ended',
};

describe('reason catalogue', () => {
  it.each(REASONS.map((r) => [r]))('%s has a title, an explanation and a remedy', (reason) => {
    const copy = reasonText(t, reason, 'Buffer');
    expect(copy.title.length).toBeGreaterThan(3);
    expect(copy.title.length).toBeLessThanOrEqual(32);
    expect(copy.explanation).toMatch(/\.$/);
    expect(copy.remedy).toMatch(/\.$/);
  });

  it.each(Object.entries(PUBLISHER_CAUSES))(
    'the cause publishing tools give, "%s", has a home: %s',
    (_, reason) => {
      expect(REASONS).toContain(reason);
      expect(REASON_SEVERITY[reason]).not.toBe('transient');
    },
  );

  it('transient reasons are exactly those with transient severity', () => {
    for (const reason of REASONS) {
      expect(TRANSIENT_REASONS.has(reason)).toBe(REASON_SEVERITY[reason] === 'transient');
    }
  });
});
