import { describe, expect, it } from 'vitest';
import { badgeTitle } from '@/lib/background/badge-title';
import { BADGE_AMBER, BADGE_RED, type BadgeEntry, badgeState } from '@/lib/domain/badge';
import type { Status, StatusVerdict } from '@/lib/domain/token-status';
import { t } from '../components/render';
import { translator } from '../i18n/catalogue';

/** The tooltip as the background words it, in English. */
const title = (entries: BadgeEntry[]) => badgeTitle(t, 'en', badgeState(entries));

const entry = (name: string, status: Status, snoozed = false) => ({
  name,
  platformName: 'Facebook',
  verdict: { status, stale: false, snoozed } as StatusVerdict,
});

describe('badge', () => {
  it('is empty when every profile is fine, and says so in the tooltip', () => {
    expect(badgeState([entry('A', 'ok'), entry('B', 'unknown')])).toMatchObject({ text: '', tone: 'none' });
    expect(title([entry('A', 'ok'), entry('B', 'unknown')])).toBe(
      'Reconnect Radar\nAll connections are fine',
    );
    expect(title([])).toBe('Reconnect Radar\nNo profiles yet');
  });

  it('counts profiles that need reconnecting in red and names them', () => {
    const entries = [entry('Acme', 'expired'), entry('Beans', 'disconnected'), entry('Cafe', 'expiring')];
    expect(badgeState(entries)).toMatchObject({ text: '2', color: BADGE_RED, tone: 'broken' });
    expect(title(entries)).toContain('2 need reconnecting: Acme (Facebook) and Beans (Facebook)');
    expect(title(entries)).toContain('1 expiring soon: Cafe (Facebook)');
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
    expect(badgeState(many).text).toBe('999+');
    expect(title(many)).toContain('P7 (Facebook), and 1,192 more');
  });

  it('words the tooltip in the catalogue’s language: plural forms, and the names joined by Intl', () => {
    const badge = badgeState([entry('A', 'expired'), entry('B', 'expired'), entry('C', 'expiring')]);
    expect(badgeTitle(translator('de'), 'de', badge)).toBe(
      'Reconnect Radar\n2 müssen erneut verbunden werden: A (Facebook) und B (Facebook)\n1 läuft bald ab: C (Facebook)',
    );
  });
});
