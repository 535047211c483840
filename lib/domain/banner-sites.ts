import type { PlatformId } from './platform-id';
import type { BannerSite } from './settings';

/** The hosts (and their subdomains) of each site that shows banners. */
export const BANNER_SITE_HOSTS: Record<BannerSite, readonly string[]> = {
  facebook: ['facebook.com'],
  linkedin: ['linkedin.com'],
  instagram: ['instagram.com'],
  x: ['x.com'],
  threads: ['threads.net', 'threads.com'],
};

/**
 * Whose profiles a site's banner is about. Facebook also shows Instagram profiles: Instagram business
 * accounts are connected through a Facebook Page, and their connection is fixed there.
 */
export const BANNER_SITE_PLATFORMS: Record<BannerSite, readonly PlatformId[]> = {
  facebook: ['facebook', 'instagram'],
  linkedin: ['linkedin'],
  instagram: ['instagram'],
  x: ['x'],
  threads: ['threads'],
};

/**
 * The content-script match patterns of a banner site: https only (facebook.com and others are
 * HSTS-preloaded anyway), and `*.host` also matches the bare host.
 */
export function bannerMatchPatterns(site: BannerSite): string[] {
  return BANNER_SITE_HOSTS[site].map((host) => `https://*.${host}/*`);
}

/** The banner site a page URL belongs to (https only), or undefined. */
export function bannerSiteOfUrl(url: string | undefined): BannerSite | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  for (const [site, hosts] of Object.entries(BANNER_SITE_HOSTS) as [BannerSite, readonly string[]][]) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return site;
  }
  return undefined;
}
