import type { PlatformId } from '../domain/platform-id';

/**
 * Platform names as a banner shows them. The registry in lib/platforms has the same names, but importing
 * it would bring every live check (and zod) into each content script; a unit test keeps the two equal.
 */
export const PLATFORM_NAMES: Record<PlatformId, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  threads: 'Threads',
  pinterest: 'Pinterest',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  'google-business': 'Google Business Profile',
};
