import { describe, expect, it } from 'vitest';
import { KNOWN_STATUSES, parseBannerAnswer, safeHttpUrl } from '@/lib/content/banner-answer';
import { STATUSES } from '@/lib/domain/token-status';
import type { BannerText } from '@/lib/messaging/views';

const row = {
  id: 'p1',
  name: 'Acme Coffee',
  status: 'expired',
  meta: 'Facebook · Expired',
  reasonTitle: 'Token expired',
  reconnectUrl: 'https://publisher.example/accounts',
  reconnectLabel: 'Reconnect Acme Coffee (opens in a new tab)',
};
const labels = {
  region: 'Reconnect Radar',
  reconnect: 'Reconnect',
  more: '+3 more',
  moreLabel: 'Show all profiles in Reconnect Radar (4)',
  snooze: 'Snooze 1 day',
  dismiss: 'Dismiss',
  dismissHint: 'Hides this banner until a profile’s status changes',
};
const banner = (o: Record<string, unknown> = {}) => ({
  heading: '4 Facebook profiles need reconnecting',
  rows: [row],
  more: 3,
  labels,
  ...o,
});
const answer = (b: unknown) => ({ ok: true, data: { banner: b } });

describe('reading the background’s banner answer', () => {
  it('keeps a well-formed answer as it is', () => {
    expect(parseBannerAnswer(answer(banner()))).toEqual(banner());
  });

  it('reads “no banner” as such', () => {
    expect(parseBannerAnswer(answer(null))).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['an error answer', { ok: false, error: 'Not allowed from a web page.' }],
    ['no banner field', { ok: true, data: {} }],
    ['no heading', answer(banner({ heading: '' }))],
    ['a heading that is not text', answer(banner({ heading: { html: '<b>' } }))],
    ['no rows', answer(banner({ rows: [] }))],
    ['too many rows', answer(banner({ rows: Array.from({ length: 51 }, () => row) }))],
    ['a negative “more”', answer(banner({ more: -1 }))],
    ['a fractional “more”', answer(banner({ more: 1.5 }))],
    ['a missing label', answer(banner({ labels: { ...labels, dismiss: undefined } }))],
    ['an unknown status', answer(banner({ rows: [{ ...row, status: 'doomed' }] }))],
    ['a name that is not text', answer(banner({ rows: [{ ...row, name: { html: '<b>' } }] }))],
    ['an endless name', answer(banner({ rows: [{ ...row, name: 'x'.repeat(501) }] }))],
    ['an empty id', answer(banner({ rows: [{ ...row, id: '' }] }))],
  ])('refuses %s', (_what, raw) => {
    expect(parseBannerAnswer(raw)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['chrome://settings', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    ['http://publisher.example/a', 'http://publisher.example/a'],
  ])('opens only http(s) reconnect URLs: %s', (url, kept) => {
    const parsed = parseBannerAnswer(answer(banner({ rows: [{ ...row, reconnectUrl: url }] })));
    expect(parsed?.rows[0]?.reconnectUrl).toBe(kept);
  });

  it('never passes on fields a banner does not show', () => {
    const parsed = parseBannerAnswer(
      answer({
        ...banner({ rows: [{ ...row, accessToken: 'EAAB-secret', notes: 'private' }] }),
        key: 'secret-key',
        labels: { ...labels, extra: 'x' },
      }),
    ) as BannerText;
    expect(Object.keys(parsed).sort()).toEqual(['heading', 'labels', 'more', 'rows']);
    expect(Object.keys(parsed.rows[0]!).sort()).toEqual(Object.keys(row).sort());
    expect(Object.keys(parsed.labels).sort()).toEqual(Object.keys(labels).sort());
  });

  it('safeHttpUrl accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.linkedin.com/psettings/permitted-services')).toBe(
      'https://www.linkedin.com/psettings/permitted-services',
    );
    expect(safeHttpUrl(42)).toBeUndefined();
    expect(safeHttpUrl(`https://a.example/${'x'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('the content script’s copy of a domain list (kept small: no zod)', () => {
  it('knows every status', () => {
    expect([...KNOWN_STATUSES].sort()).toEqual([...STATUSES].sort());
  });
});
