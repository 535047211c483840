import type { Reason } from '../domain/reasons';
import type { HistoryEntryView } from '../messaging/views-history';
import type { HistoryEntry } from '../storage/db';

/**
 * What a profile's history strip is sent of a stored entry: time, outcome and reason, never a detail text
 * (`readHistory` keeps only reasons this version knows).
 */
export function toHistoryView({ at, outcome, reason }: HistoryEntry): HistoryEntryView {
  return { at, outcome, ...(reason ? { reason: reason as Reason } : {}) };
}
