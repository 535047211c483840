import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED, badgeState } from '@/lib/domain/badge';
import type { Status, StatusVerdict } from '@/lib/domain/token-status';

const entry = (name: string, status: Status, snoozed = false) => ({
  name,
  platformName: 'Facebook',
  verdict: { status, stale: false, snoozed } as StatusVerdict,
});

describe('badge', () => {
  it('is empty when every profile is fine, and says so in the tooltip', () => {
    expect(badgeState([entry('A', 'ok'), entry('B', 'unknown')])).toMatchObject({
      text: '',
      tone: 'none',
      title: 'Reconnect Radar\nAll connections are fine',
    });
    expect(badgeState([]).title).toBe('Reconnect Radar\nNo profiles yet');
  });

  it('counts profiles that need reconnecting in red and names them', () => {
    const badge = badgeState([
      entry('Acme', 'expired'),
      entry('Beans', 'disconnected'),
      entry('Cafe', 'expiring'),
    ]);
    expect(badge).toMatchObject({ text: '2', color: BADGE_RED, tone: 'broken' });
    expect(badge.title).toContain('2 need reconnecting: Acme (Facebook), Beans (Facebook)');
    expect(badge.title).toContain('1 expiring soon: Cafe (Facebook)');
  });

  it('counts expiring profiles in amber when none need reconnecting', () => {
    expect(badgeState([entry('Cafe', 'expiring'), entry('Dough', 'ok')])).toMatchObject({
      text: '1',
      color: BADGE_AMBER,
      tone: 'warning',
    });
  });

  it('leaves snoozed profiles out', () => {
    expect(badgeState([entry('Acme', 'expired', true)]).text).toBe('');
  });

  it('shortens long name lists and large counts', () => {
    const many = Array.from({ length: 1200 }, (_, i) => entry(`P${i}`, 'expired'));
    const badge = badgeState(many);
    expect(badge.text).toBe('999+');
    expect(badge.title).toContain('and 1192 more');
  });
});
