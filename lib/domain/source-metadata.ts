import type { SourceToolId } from './source-record';

/**
 * What the options page needs to know about a publishing tool, apart from its sync code (requests, answer
 * parsers: background only, in lib/sources/<id>/), as lib/domain/platform-metadata.ts is for platforms.
 * `lib/sources/<id>/index.ts` joins the two halves (`{ ...SOURCE_METADATA.<id>, reconnectUrl, validate, sync }`);
 * tests/unit/sources/source-halves.test.ts holds them together.
 */
export interface SourceMetadata {
  id: SourceToolId;
  displayName: string;
  /**
   * Whether the tool needs the address of an instance: `none` (fixed API hosts), `optional` (Postiz: its
   * cloud, or a self-hosted backend), `required` (Mixpost is self-hosted only).
   */
  address: 'none' | 'optional' | 'required';
  /** Fixed API hosts (host permissions); a self-hosted address is asked for at connect time. */
  apiHosts: readonly string[];
  /** Where the user makes the key. */
  keyHelpUrl: string;
  /** `false` for list-only tools: their channels are `unknown`, dates and live checks decide the status. */
  reportsHealth: boolean;
  /**
   * The tool lists a channel's scheduled posts with the same key (`SourceTool.posts`): posts at risk are
   * counted. Absent: "posts unknown", never zero.
   */
  listsPosts?: true;
  /** Mixpost: the form offers a workspace UUID, for instances without a workspace list (Mixpost Pro 4). */
  workspaceField?: true;
}

export const SOURCE_METADATA = {
  buffer: {
    id: 'buffer',
    displayName: 'Buffer',
    address: 'none',
    apiHosts: ['api.buffer.com'],
    keyHelpUrl: 'https://publish.buffer.com/settings/api',
    reportsHealth: true,
  },
  mixpost: {
    id: 'mixpost',
    displayName: 'Mixpost',
    address: 'required',
    apiHosts: [],
    // Access tokens are made in the instance, under the user menu → Access Tokens.
    keyHelpUrl: 'https://docs.mixpost.app/',
    reportsHealth: true,
    workspaceField: true,
  },
  ayrshare: {
    id: 'ayrshare',
    displayName: 'Ayrshare',
    address: 'none',
    apiHosts: ['api.ayrshare.com'],
    // The key is on the dashboard's API Key page; no deeper link is documented.
    keyHelpUrl: 'https://app.ayrshare.com/',
    reportsHealth: true,
  },
  publer: {
    id: 'publer',
    displayName: 'Publer',
    address: 'none',
    apiHosts: ['app.publer.com'],
    keyHelpUrl: 'https://publer.com/docs/getting-started/authentication',
    reportsHealth: false,
    // GET /posts?state=scheduled (Publer API reference, Posts): lib/sources/publer/posts.ts.
    listsPosts: true,
  },
  postiz: {
    id: 'postiz',
    displayName: 'Postiz',
    address: 'optional',
    apiHosts: ['api.postiz.com'],
    // Settings → Public API, in the Postiz app.
    keyHelpUrl: 'https://docs.postiz.com/public-api',
    reportsHealth: false,
    // GET /public/v1/posts by date range: lib/sources/postiz/posts.ts.
    listsPosts: true,
  },
} as const satisfies Record<SourceToolId, SourceMetadata>;
