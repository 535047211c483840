import { browser } from 'wxt/browser';
import { selfHostedOrigin } from '../domain/source-origin';
import type { SourceRecord } from '../domain/source-record';
import { sourceTool } from '../sources';
import { listSources } from '../storage/source-repository';

/**
 * Gives back the host permission a self-hosted tool was granted at connect, unless another connected tool
 * still uses that origin. A failure here changes nothing the person relies on: the tool is already gone.
 */
export async function releaseHost(source: SourceRecord): Promise<void> {
  const tool = sourceTool(source.tool);
  const origin = tool ? selfHostedOrigin(source.baseUrl, tool.apiHosts) : undefined;
  if (!origin) return;
  const others = await listSources();
  const stillUsed = others.some((s) => {
    const other = sourceTool(s.tool);
    return other !== undefined && selfHostedOrigin(s.baseUrl, other.apiHosts) === origin;
  });
  if (stillUsed) return;
  try {
    await browser.permissions.remove({ origins: [origin] });
  } catch {
    // Firefox throws for an origin it never granted; nothing to give back then.
  }
}
