import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_SITE_HOSTS, bannerMatchPatterns, bannerSiteOfUrl } from '@/lib/domain/banner-sites';
import { BANNER_SITES, type BannerSite } from '@/lib/domain/settings';

const entrypoints = join(__dirname, '../../../entrypoints');

async function definition(site: BannerSite) {
  return (await import(`../../../entrypoints/${site}.content.ts`)).default as {
    matches: string[];
    allFrames?: boolean;
    runAt?: string;
  };
}

describe('banner content scripts', () => {
  it.each(BANNER_SITES.map((s) => [s]))('%s has a thin entrypoint', (site) => {
    expect(existsSync(join(entrypoints, `${site}.content.ts`))).toBe(true);
  });

  it.each(BANNER_SITES.map((s) => [s]))(
    '%s runs on its https hosts, top frame only, from document_start',
    async (site) => {
      const def = await definition(site);
      expect(def.matches).toEqual(bannerMatchPatterns(site));
      expect(def.allFrames).toBe(false);
      expect(def.runAt).toBe('document_start');
      for (const pattern of def.matches) expect(pattern).toMatch(/^https:\/\/\*\.[a-z.]+\/\*$/);
    },
  );

  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://facebook.com/groups/1', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.instagram.com/', 'instagram'],
    ['https://x.com/home', 'x'],
    ['https://www.threads.net/', 'threads'],
    ['https://www.threads.com/', 'threads'],
    ['http://www.facebook.com/', undefined],
    ['https://facebook.com.evil.example/', undefined],
    ['https://notfacebook.com/', undefined],
  ])('the background knows %s as site %s', (url, site) => {
    expect(bannerSiteOfUrl(url)).toBe(site);
  });

  it.each(BANNER_SITES.map((s) => [s]))('%s matches each of its hosts and their subdomains', (site) => {
    expect(bannerMatchPatterns(site)).toEqual(BANNER_SITE_HOSTS[site].map((h) => `https://*.${h}/*`));
  });
});
