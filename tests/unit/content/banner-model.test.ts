import { describe, expect, it } from 'vitest';
import { bannerModel } from '@/lib/content/banner-model';
import { BANNER_SITE_PLATFORMS } from '@/lib/domain/banner-sites';
import type { BannerProfile } from '@/lib/messaging/views';
import { english } from './catalogue';

function p(name: string, overrides: Partial<BannerProfile> = {}): BannerProfile {
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

const ig = (name: string, o: Partial<BannerProfile> = {}) => p(name, { platform: 'instagram', ...o });
const li = (name: string, o: Partial<BannerProfile> = {}) => p(name, { platform: 'linkedin', ...o });

describe('the banner’s words', () => {
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
  ] as const)('on %s, %j of %i: “%s”', (site, profiles, total, heading) => {
    expect(
      bannerModel({ profiles: [...profiles], total }, BANNER_SITE_PLATFORMS[site], english)?.heading,
    ).toBe(heading);
  });

  it('shows nothing when nothing needs attention', () => {
    expect(bannerModel({ profiles: [], total: 0 }, ['facebook'], english)).toBeUndefined();
  });

  it('says each profile’s platform and status in words, and why', () => {
    const model = bannerModel(
      { profiles: [ig('acme.gram', { status: 'disconnected' })], total: 1 },
      ['instagram'],
      english,
    );
    expect(model?.rows).toEqual([
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
    expect(bannerModel({ profiles: three, total: 3 }, ['facebook'], english)?.more).toBe(0);
    const model = bannerModel({ profiles: three, total: 5 }, ['facebook'], english);
    expect(model?.more).toBe(2);
    expect(model?.labels.more).toBe('+2 more');
    expect(model?.labels.moreLabel).toBe('Show all profiles in Reconnect Radar (5)');
  });

  it('has no Reconnect link for a profile without a usable URL', () => {
    const model = bannerModel({ profiles: [p('A', { reconnectUrl: '' })], total: 1 }, ['facebook'], english);
    expect(model?.rows[0]?.reconnectUrl).toBeUndefined();
  });
});
