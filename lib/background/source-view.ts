import type { SourceRecord } from '../domain/source-record';
import type { SourceView } from '../messaging/source-views';
import { sourceTool } from '../sources';

/** A source as pages see it: what it is and how its last sync went, never its key. */
export function toSourceView(source: SourceRecord): SourceView {
  const tool = sourceTool(source.tool);
  const outcome = source.lastSync?.outcome;
  return {
    id: source.id,
    tool: source.tool,
    toolName: tool?.displayName ?? source.tool,
    label: source.label,
    baseUrl: source.baseUrl,
    state: !outcome ? 'never' : outcome === 'ok' ? 'ok' : outcome === 'refused' ? 'refused' : 'failing',
    lastSync: source.lastSync,
    lastSuccessAt: source.lastSuccessAt,
    retryAt: source.retry?.notBefore,
    profiles: source.counts.profiles,
    notTracked: source.counts.notTracked,
    gone: source.counts.gone ?? 0,
    reportsHealth: tool?.reportsHealth ?? false,
    reconnectUrl: tool?.reconnectUrl(source.baseUrl) ?? '',
  };
}
