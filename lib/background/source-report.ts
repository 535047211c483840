import type { Profile } from '../domain/profile';
import type { Reason } from '../domain/reasons';
import type { LinkChange } from '../domain/source-matching';
import type { SourceState } from '../domain/source-record';
import type { HistoryEntry } from '../storage/db';

/** Profiles a tool reports (gone ones apart), as its row counts them. */
export function countLinked(
  profiles: readonly Profile[],
  sourceId: string,
): { profiles: number; gone: number } {
  let linked = 0;
  let gone = 0;
  for (const p of profiles) {
    const own = (p.sources ?? []).filter((l) => l.sourceId === sourceId);
    if (!own.length) continue;
    if (own.every((l) => l.state === 'gone')) gone++;
    else linked++;
  }
  return { profiles: linked, gone };
}

/** How a tool's report reads in the history strip, beside the live checks. */
const REPORT_OUTCOME: Record<SourceState, HistoryEntry['outcome']> = {
  connected: 'valid',
  disconnected: 'invalid',
  unlinked: 'invalid',
  listed: 'inconclusive',
  gone: 'inconclusive',
};
const REPORT_REASON: Partial<Record<SourceState, Reason>> = {
  disconnected: 'source-disconnected',
  unlinked: 'source-unlinked',
  gone: 'source-gone',
};

/**
 * One history entry per link whose state the sync changed (time, tool, state, reason). Entries are keyed by
 * profile and time: a profile whose two links changed in one sync gets the second a millisecond later.
 */
export function reportEntries(changes: readonly LinkChange[], now: Date): HistoryEntry[] {
  const perProfile = new Map<string, number>();
  return changes.map((c) => {
    const n = perProfile.get(c.profileId) ?? 0;
    perProfile.set(c.profileId, n + 1);
    const reason = REPORT_REASON[c.state];
    return {
      profileId: c.profileId,
      at: new Date(now.getTime() + n).toISOString(),
      outcome: REPORT_OUTCOME[c.state],
      ...(reason ? { reason } : {}),
      tool: c.tool,
      toolState: c.state,
    };
  });
}
