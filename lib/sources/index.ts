import { ayrshare } from './ayrshare';
import { buffer } from './buffer';
import { mixpost } from './mixpost';
import { type SourceTool, TOOL_IDS, type ToolId } from './types';

export type * from './types';
export { CHANNEL_STATES, SYNC_PROBLEMS, TOOL_IDS } from './types';

/** The one explicit list of publishing tools. A test fails when a folder of lib/sources is missing here. */
export const SOURCES: Partial<Record<ToolId, SourceTool>> = {
  buffer,
  mixpost,
  ayrshare,
};

export function sourceTool(id: ToolId): SourceTool | undefined {
  return SOURCES[id];
}

export function allSourceTools(): SourceTool[] {
  return TOOL_IDS.flatMap((id) => SOURCES[id] ?? []);
}

/** Host permissions for the manifest: the tools' fixed API hosts. */
export function sourceHostPermissions(): string[] {
  const hosts = new Set(allSourceTools().flatMap((t) => t.apiHosts));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
