import type { PlatformId } from '../domain/platform-id';
import type { ProfileKind } from '../domain/profile';

/**
 * Provider names the list-only tools use for the platforms we track, beyond the common ones
 * (docs/publishing-tools.md); read through `platformOfService`.
 */
export const LIST_ONLY_SPELLINGS: Readonly<Record<string, PlatformId>> = {
  'instagram-standalone': 'instagram',
  'linkedin-page': 'linkedin',
  'tiktok-business': 'tiktok',
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
