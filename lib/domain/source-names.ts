import type { SourceToolId } from './source-record';

/**
 * The publishing tools' display names, written only here (as platform-names.ts is for platforms): the
 * metadata reads them, and the welcome page, which the popup shows too, names the tools without loading
 * the rest of their metadata.
 */
export const SOURCE_TOOL_NAMES = {
  buffer: 'Buffer',
  mixpost: 'Mixpost',
  ayrshare: 'Ayrshare',
  publer: 'Publer',
  postiz: 'Postiz',
  zernio: 'Zernio',
  postfast: 'PostFast',
  planable: 'Planable',
  hootsuite: 'Hootsuite',
} as const satisfies Record<SourceToolId, string>;
