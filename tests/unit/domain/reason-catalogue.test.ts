import { describe, expect, it } from 'vitest';
import { PUBLISHER_CAUSES, REASON_CATALOGUE } from '@/lib/domain/reason-catalogue';
import { REASONS, TRANSIENT_REASONS } from '@/lib/domain/reasons';
import { reasonText } from '@/lib/i18n/reason-text';
import { t } from '../components/render';

describe('reason catalogue', () => {
  it.each(REASONS.map((r) => [r]))('%s has a title, an explanation and a remedy', (reason) => {
    const copy = reasonText(t, reason, 'Buffer');
    expect(copy.title.length).toBeGreaterThan(3);
    expect(copy.title.length).toBeLessThanOrEqual(32);
    expect(copy.explanation).toMatch(/\.$/);
    expect(copy.remedy).toMatch(/\.$/);
  });

  it.each(PUBLISHER_CAUSES.map((c) => [c]))('the cause publishing tools give, "%s", has a home', (cause) => {
    expect(
      Object.values(REASON_CATALOGUE).some((copy) => (copy.causes as readonly string[]).includes(cause)),
    ).toBe(true);
  });

  it('transient reasons are exactly those with transient severity', () => {
    for (const reason of REASONS) {
      expect(TRANSIENT_REASONS.has(reason)).toBe(REASON_CATALOGUE[reason].severity === 'transient');
    }
  });
});
