import type { Reason } from '../domain/reasons';

/** One entry of a profile's history strip: a live check or a publishing tool's report. */
export interface HistoryEntryView {
  at: string;
  /** `inconclusive`: an answer that proves nothing either way ("can't tell"). */
  outcome: 'valid' | 'invalid' | 'transient' | 'inconclusive';
  reason?: Reason;
  /** The publishing tool that reported it; absent for a live check. */
  tool?: string;
}
