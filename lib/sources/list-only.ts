import type { PlatformId } from '../domain/platform-id';
import type { ProfileKind } from '../domain/profile';

/** Provider names the list-only tools use for the platforms we track (docs/publishing-tools.md). */
export const LIST_ONLY_PLATFORMS: Record<string, PlatformId> = {
  facebook: 'facebook',
  instagram: 'instagram',
  'instagram-standalone': 'instagram',
  linkedin: 'linkedin',
  'linkedin-page': 'linkedin',
  twitter: 'x',
  x: 'x',
  threads: 'threads',
  pinterest: 'pinterest',
  tiktok: 'tiktok',
  'tiktok-business': 'tiktok',
  youtube: 'youtube',
  google: 'google-business',
  gmb: 'google-business',
  googlebusiness: 'google-business',
};

export const LIST_ONLY_KINDS: Record<string, ProfileKind> = {
  page: 'page',
  profile: 'user',
  business: 'business',
  location: 'business',
  channel: 'channel',
};
