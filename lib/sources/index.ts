/**
 * Publishing tools as sources of profiles and of their connection state. Pure: each tool describes its
 * requests, the background performs them (`Perform`) and stores what `sync` returns. The contract:
 * - `sync` never throws; every failure is `{ ok: false, problem }`, a problem of the tool (its key, its
 *   availability), never a verdict on any channel.
 * - `{ ok: true }` carries the tool's complete list: a channel absent from it is no longer in the tool. Any
 *   failed request fails the whole sync, so a partial list never makes channels look removed.
 * - Keys travel only in request headers, and never appear in a `detail`.
 */
import { ayrshare } from './ayrshare';
import { buffer } from './buffer';
import { hootsuite } from './hootsuite';
import { mixpost } from './mixpost';
import { planable } from './planable';
import { postfast } from './postfast';
import { postiz } from './postiz';
import { publer } from './publer';
import { type SourceTool, TOOL_IDS, type ToolId } from './types';
import { zernio } from './zernio';

export type * from './types';
export { CHANNEL_STATES, SYNC_PROBLEMS, TOOL_IDS } from './types';

/** The one explicit list of publishing tools. A test fails when a folder of lib/sources is missing here. */
export const SOURCES = {
  buffer,
  mixpost,
  ayrshare,
  publer,
  postiz,
  zernio,
  postfast,
  planable,
  hootsuite,
} as const satisfies Record<ToolId, SourceTool>;

export function sourceTool(id: ToolId): SourceTool {
  return SOURCES[id];
}

export function allSourceTools(): SourceTool[] {
  return TOOL_IDS.map((id) => SOURCES[id]);
}

/** Host permissions for the manifest: the tools' fixed API hosts. */
export function sourceHostPermissions(): string[] {
  const hosts = new Set(allSourceTools().flatMap((t) => t.apiHosts));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
