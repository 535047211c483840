import { PLATFORM_IDS, type PlatformId } from '../domain/platform-id';
import { facebook } from './facebook';
import { googleBusiness } from './google-business';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { pinterest } from './pinterest';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { PlatformDefinition } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { PlatformDefinition } from './types';

/** The one explicit list of platforms. A test fails when a platform folder is missing here. */
export const PLATFORMS = {
  facebook,
  instagram,
  linkedin,
  x,
  threads,
  pinterest,
  tiktok,
  youtube,
  'google-business': googleBusiness,
} as const satisfies Record<PlatformId, PlatformDefinition>;

export function platform(id: PlatformId): PlatformDefinition {
  return PLATFORMS[id];
}

export function allPlatforms(): PlatformDefinition[] {
  return PLATFORM_IDS.map((id) => PLATFORMS[id]);
}

/** Host permissions for the manifest: the API hosts that live checks call, and nothing else. */
export function apiHostPermissions(): string[] {
  const hosts = new Set(allPlatforms().flatMap((p) => p.apiHosts));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}

/** Where to reconnect (page-safe, so it lives with the metadata). */
export { reconnectTarget } from '../domain/platform-metadata';
