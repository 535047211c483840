import type { PlatformId } from './platform-id';

/**
 * Platform names as pages and banners show them: the one place they are written (the metadata table reads
 * them from here, and the background's banner wording, which needs the names and nothing else of it).
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
