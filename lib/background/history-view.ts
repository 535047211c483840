import type { Reason } from '../domain/reasons';
import type { HistoryEntryView } from '../messaging/views-history';
import type { HistoryEntry } from '../storage/db';

/**
 * What a profile's history strip is sent of a stored entry: time, outcome, reason and the reporting tool, never a detail text
 * (`readHistory` keeps only reasons this version knows).
 */
export function toHistoryView({ at, outcome, reason, tool }: HistoryEntry): HistoryEntryView {
  return {
    at,
    outcome,
    ...(reason ? { reason: reason as Reason } : {}),
    // A publishing tool's report (v4); entries written before have none and read as checks.
    ...(typeof tool === 'string' && tool ? { tool: tool.slice(0, 300) } : {}),
  };
}
