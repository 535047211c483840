import type { Profile } from './profile';
import type { SourceLink } from './source-record';

/** A failed sync: the tool's last word stands on each of its links, marked stale with the reason. */
export function markStale(
  profiles: readonly Profile[],
  sourceId: string,
  reason: NonNullable<SourceLink['stale']>['reason'],
  now: Date,
): Profile[] {
  const at = now.toISOString();
  const live = (l: SourceLink) => l.sourceId === sourceId && l.state !== 'gone';
  return profiles
    .filter((p) => p.sources?.some(live))
    .map((p) => ({ ...p, sources: p.sources!.map((l) => (live(l) ? { ...l, stale: { at, reason } } : l)) }));
}

/**
 * The profiles "Disconnect and remove its profiles" deletes: made by this tool's sync, still listed by it,
 * and reported by no other tool. Everything else it links (profiles the person made or imported, those it
 * no longer lists) is only unlinked. The options page shows this count and the removal deletes exactly these.
 */
export function removableWith(profile: Profile, sourceId: string): boolean {
  const links = profile.sources ?? [];
  const own = links.filter((l) => l.sourceId === sourceId);
  return (
    own.length > 0 &&
    own.some((l) => l.created) &&
    own.every((l) => l.state !== 'gone') &&
    links.every((l) => l.sourceId === sourceId)
  );
}
