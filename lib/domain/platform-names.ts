import type { PlatformId } from './platform-id';

/**
 * Platform names as pages and banners show them: the one place they are written (the metadata table reads
 * them from here). Apart from the rest of the metadata because every content script needs the names and
 * nothing else: the policies' sources and the no-check reasons would add 0.8 kB gzip to every page load.
 */
export const PLATFORM_NAMES = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  threads: 'Threads',
  pinterest: 'Pinterest',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  'google-business': 'Google Business Profile',
} as const satisfies Record<PlatformId, string>;
