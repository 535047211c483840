import { describe, expect, it } from 'vitest';
import { KNOWN_STATUSES, parseBannerAnswer, safeHttpUrl } from '@/lib/content/banner-answer';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORM_NAMES } from '@/lib/domain/platform-names';
import { STATUSES } from '@/lib/domain/token-status';
import { PLATFORMS } from '@/lib/platforms';

const acme = {
  id: 'p1',
  platform: 'facebook',
  name: 'Acme Coffee',
  status: 'expired',
  reasonTitle: 'Token expired',
  reconnectUrl: 'https://publisher.example/accounts',
};
const answer = (profiles: unknown[], total = profiles.length) => ({ ok: true, data: { profiles, total } });

describe('reading the background’s banner answer', () => {
  it('keeps a well-formed answer as it is', () => {
    expect(parseBannerAnswer(answer([acme], 4))).toEqual({ profiles: [acme], total: 4 });
    expect(parseBannerAnswer(answer([]))).toEqual({ profiles: [], total: 0 });
  });

  it.each([
    ['nothing', undefined],
    ['an error answer', { ok: false, error: 'Not allowed from a web page.' }],
    ['no profile list', { ok: true, data: { total: 1 } }],
    ['a total smaller than the list', answer([acme], 0)],
    ['a fractional total', answer([acme], 1.5)],
    ['an unknown platform', answer([{ ...acme, platform: 'myspace' }])],
    ['a platform from the prototype', answer([{ ...acme, platform: 'toString' }])],
    ['an unknown status', answer([{ ...acme, status: 'doomed' }])],
    ['a name that is not text', answer([{ ...acme, name: { html: '<b>' } }])],
    ['an empty id', answer([{ ...acme, id: '' }])],
  ])('refuses %s', (_what, raw) => {
    expect(parseBannerAnswer(raw)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', ''],
    ['data:text/html,hi', ''],
    ['chrome://settings', ''],
    ['/relative/path', ''],
    ['http://publisher.example/a', 'http://publisher.example/a'],
  ])('opens only http(s) reconnect URLs: %s', (url, kept) => {
    expect(parseBannerAnswer(answer([{ ...acme, reconnectUrl: url }]))?.profiles[0]?.reconnectUrl).toBe(kept);
  });

  it('never passes on fields a banner does not show', () => {
    const parsed = parseBannerAnswer(answer([{ ...acme, accessToken: 'EAAB-secret', notes: 'private' }]));
    expect(Object.keys(parsed?.profiles[0] ?? {}).sort()).toEqual(Object.keys(acme).sort());
  });

  it('safeHttpUrl accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.linkedin.com/psettings/permitted-services')).toBe(
      'https://www.linkedin.com/psettings/permitted-services',
    );
    expect(safeHttpUrl(42)).toBeUndefined();
    expect(safeHttpUrl(`https://a.example/${'x'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('the content script’s copies of domain lists (kept small: no zod, no registry)', () => {
  it('knows every status', () => {
    expect([...KNOWN_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it('names every platform as the registry does', () => {
    expect(Object.keys(PLATFORM_NAMES).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const id of PLATFORM_IDS) expect(PLATFORM_NAMES[id]).toBe(PLATFORMS[id].displayName);
  });
});
