import type { PlatformMetadata } from '../domain/platform-metadata';
import type { PlatformCheck, PlatformDefinition } from './types';

/**
 * A platform's two halves as one definition: its metadata (what pages need) and its check (what only the
 * background needs). A unit test holds them together: a check exactly where the metadata says there is one.
 */
export function withCheck(metadata: PlatformMetadata, check: PlatformCheck): PlatformDefinition {
  const { liveCheck: _hasCheck, ...rest } = metadata;
  return { ...rest, ...check };
}
