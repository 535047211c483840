import type { Profile } from '../domain/profile';
import { removableWith } from '../domain/source-matching';
import type { SourceRecord } from '../domain/source-record';
import type { SourceView } from '../messaging/source-views';
import { sourceTool } from '../sources';

/**
 * A source as pages see it: what it is and how its last sync went, never its key. `profiles` (all stored
 * ones) gives the counts as they stand now, so "Disconnect and remove its profiles (N)" shows exactly the
 * N that `deleteSource` removes (`removableWith`).
 */
export function toSourceView(source: SourceRecord, profiles: readonly Profile[]): SourceView {
  const own = profiles.filter((p) => p.sources?.some((l) => l.sourceId === source.id));
  const isGone = (p: Profile) => p.sources!.every((l) => l.sourceId !== source.id || l.state === 'gone');
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
    gone: own.filter(isGone).length,
    removable: own.filter((p) => removableWith(p, source.id)).length,
    ambiguous: source.ambiguous ?? [],
    reportsHealth: tool?.reportsHealth ?? false,
    reconnectUrl: tool?.reconnectUrl(source.baseUrl) ?? '',
    ...(tool?.keyExpiryField ? { keyExpiryField: true } : {}),
    ...(source.keyExpiresAt ? { keyExpiresAt: source.keyExpiresAt } : {}),
  };
}
