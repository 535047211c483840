import { SOURCE_TOOL_NAMES } from './source-names';
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
  /**
   * The key has its own expiry, chosen when it is made and not reported by the API (Planable): the form asks
   * for its date, and the tool's row says when the key itself runs out.
   */
  keyExpiryField?: true;
  /**
   * Hootsuite: no key to paste. The person signs in through their own app (client id and secret) and the
   * background keeps the OAuth grant (lib/background/source-hootsuite-auth.ts).
   */
  oauth?: true;
}

export const SOURCE_METADATA = {
  buffer: {
    id: 'buffer',
    displayName: SOURCE_TOOL_NAMES.buffer,
    address: 'none',
    apiHosts: ['api.buffer.com'],
    keyHelpUrl: 'https://publish.buffer.com/settings/api',
    reportsHealth: true,
    listsPosts: true,
  },
  mixpost: {
    id: 'mixpost',
    displayName: SOURCE_TOOL_NAMES.mixpost,
    address: 'required',
    apiHosts: [],
    // Access tokens are made in the instance, under the user menu → Access Tokens.
    keyHelpUrl: 'https://docs.mixpost.app/',
    reportsHealth: true,
    workspaceField: true,
  },
  ayrshare: {
    id: 'ayrshare',
    displayName: SOURCE_TOOL_NAMES.ayrshare,
    address: 'none',
    apiHosts: ['api.ayrshare.com'],
    // The key is on the dashboard's API Key page; no deeper link is documented.
    keyHelpUrl: 'https://app.ayrshare.com/',
    reportsHealth: true,
  },
  publer: {
    id: 'publer',
    displayName: SOURCE_TOOL_NAMES.publer,
    address: 'none',
    apiHosts: ['app.publer.com'],
    keyHelpUrl: 'https://publer.com/docs/getting-started/authentication',
    reportsHealth: false,
    // GET /posts?state=scheduled (Publer API reference, Posts): lib/sources/publer/posts.ts.
    listsPosts: true,
  },
  postiz: {
    id: 'postiz',
    displayName: SOURCE_TOOL_NAMES.postiz,
    address: 'optional',
    apiHosts: ['api.postiz.com'],
    // Settings → Public API, in the Postiz app.
    keyHelpUrl: 'https://docs.postiz.com/public-api',
    reportsHealth: false,
    // GET /public/v1/posts by date range: lib/sources/postiz/posts.ts.
    listsPosts: true,
  },
  zernio: {
    id: 'zernio',
    // Formerly Late (getlate.dev).
    displayName: SOURCE_TOOL_NAMES.zernio,
    address: 'none',
    apiHosts: ['zernio.com'],
    // "Create an API key in the dashboard" (its API docs); no deeper link is documented.
    keyHelpUrl: 'https://docs.zernio.com/',
    reportsHealth: true,
    listsPosts: true,
  },
  postfast: {
    id: 'postfast',
    displayName: SOURCE_TOOL_NAMES.postfast,
    address: 'none',
    apiHosts: ['api.postfa.st'],
    // A workspace ADMIN makes the key under Workspace Settings (its API docs).
    keyHelpUrl: 'https://postfa.st/docs',
    reportsHealth: true,
  },
  planable: {
    id: 'planable',
    displayName: SOURCE_TOOL_NAMES.planable,
    address: 'none',
    apiHosts: ['api.planable.io'],
    // Company settings → API tokens (Owner or Administrator), as the help article walks through.
    keyHelpUrl:
      'https://help.planable.io/hc/en-us/articles/27638359236508-How-to-connect-and-use-the-Planable-Public-API',
    reportsHealth: true,
    listsPosts: true,
    keyExpiryField: true,
  },
  hootsuite: {
    id: 'hootsuite',
    displayName: SOURCE_TOOL_NAMES.hootsuite,
    address: 'none',
    apiHosts: ['platform.hootsuite.com'],
    // Where the person registers their own app (its client id and secret, and our redirect URL).
    keyHelpUrl: 'https://developer.hootsuite.com/docs/api-authentication',
    reportsHealth: true,
    oauth: true,
  },
} as const satisfies Record<SourceToolId, SourceMetadata>;
