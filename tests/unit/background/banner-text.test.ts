import { describe, expect, it } from 'vitest';
import { type BannerEntry, bannerText } from '@/lib/background/banner-text';
import { BANNER_SITE_PLATFORMS } from '@/lib/domain/banner-sites';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORM_NAMES } from '@/lib/domain/platform-names';
import { PLATFORMS } from '@/lib/platforms';
import { english } from '../content/catalogue';

function p(name: string, overrides: Partial<BannerEntry> = {}): BannerEntry {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    platform: 'facebook',
    name,
    status: 'expired',
    reasonTitle: 'Token expired',
    reconnectUrl: 'https://publisher.example/accounts',
    ...overrides,
  };
}

const ig = (name: string, o: Partial<BannerEntry> = {}) => p(name, { platform: 'instagram', ...o });
const li = (name: string, o: Partial<BannerEntry> = {}) => p(name, { platform: 'linkedin', ...o });

describe('the banner’s words (put together by the background)', () => {
  it.each([
    ['facebook', [p('Acme Coffee')], 1, '1 Facebook profile needs reconnecting'],
    ['facebook', [p('Acme Coffee'), p('Acme Bakery')], 2, '2 Facebook profiles need reconnecting'],
    [
      'facebook',
      [p('Acme Coffee'), ig('acme.gram')],
      2,
      '2 Facebook and Instagram profiles need reconnecting',
    ],
    // Two unlisted profiles could be Facebook or Instagram ones.
    ['facebook', [p('A'), p('B'), p('C')], 5, '5 Facebook or Instagram profiles need reconnecting'],
    ['linkedin', [li('A'), li('B'), li('C')], 7, '7 LinkedIn profiles need reconnecting'],
    ['linkedin', [li('A', { status: 'expiring' })], 1, '1 LinkedIn profile expires soon'],
    [
      'linkedin',
      [li('A', { status: 'disconnected' }), li('B', { status: 'expiring' })],
      2,
      '2 LinkedIn profiles need reconnecting',
    ],
    ['linkedin', [li('A')], 1234, '1,234 LinkedIn profiles need reconnecting'],
  ] as const)('on %s, %j of %i: “%s”', (site, profiles, total, heading) => {
    expect(
      bannerText({ profiles: [...profiles], total }, BANNER_SITE_PLATFORMS[site], english)?.heading,
    ).toBe(heading);
  });

  it('shows nothing when nothing needs attention', () => {
    expect(bannerText({ profiles: [], total: 0 }, ['facebook'], english)).toBeNull();
  });

  it('says each profile’s platform and status in words, and why', () => {
    const text = bannerText(
      { profiles: [ig('acme.gram', { status: 'disconnected' })], total: 1 },
      ['instagram'],
      english,
    );
    expect(text?.rows).toEqual([
      {
        id: 'acme-gram',
        name: 'acme.gram',
        status: 'disconnected',
        meta: 'Instagram · Disconnected',
        reasonTitle: 'Token expired',
        reconnectUrl: 'https://publisher.example/accounts',
        reconnectLabel: 'Reconnect acme.gram (opens in a new tab)',
      },
    ]);
  });

  it('offers “+N more” only when there are more than it lists', () => {
    const three = [p('A'), p('B'), p('C')];
    expect(bannerText({ profiles: three, total: 3 }, ['facebook'], english)?.more).toBe(0);
    const text = bannerText({ profiles: three, total: 5 }, ['facebook'], english);
    expect(text?.more).toBe(2);
    expect(text?.labels.more).toBe('+2 more');
    expect(text?.labels.moreLabel).toBe('Show all profiles in Reconnect Radar (5)');
  });

  it('has no Reconnect link for a profile without a usable URL', () => {
    const text = bannerText({ profiles: [p('A', { reconnectUrl: '' })], total: 1 }, ['facebook'], english);
    expect(text?.rows[0]).not.toHaveProperty('reconnectUrl');
  });

  it('joins platform names and writes counts in the reader’s language', () => {
    const es = { ...english, locale: 'es' };
    const both = [p('A'), ig('B')];
    expect(bannerText({ profiles: both, total: 2 }, ['facebook', 'instagram'], es)?.heading).toContain(
      'Facebook e Instagram',
    );
    const de = { ...english, locale: 'de' };
    expect(bannerText({ profiles: both, total: 1234 }, ['facebook', 'instagram'], de)?.heading).toMatch(
      /^1\.234 .*Facebook oder Instagram/,
    );
  });

  it('names every platform as the registry does', () => {
    expect(Object.keys(PLATFORM_NAMES).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const id of PLATFORM_IDS) expect(PLATFORM_NAMES[id]).toBe(PLATFORMS[id].displayName);
  });
});
