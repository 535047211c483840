import type { Status } from './token-status';

/** How a list of profiles reads at a glance: as many as the badge counts, snoozed ones apart. */
export interface SummaryCounts {
  total: number;
  broken: number;
  expiring: number;
  unknown: number;
  snoozed: number;
}

/** Counts as the badge counts them: snoozed profiles are counted apart. */
export function summaryCounts(profiles: readonly { status: Status; snoozed: boolean }[]): SummaryCounts {
  const counts: SummaryCounts = { total: profiles.length, broken: 0, expiring: 0, unknown: 0, snoozed: 0 };
  for (const p of profiles) {
    if (p.snoozed) counts.snoozed++;
    else if (p.status === 'expired' || p.status === 'disconnected') counts.broken++;
    else if (p.status === 'expiring') counts.expiring++;
    else if (p.status === 'unknown') counts.unknown++;
  }
  return counts;
}
