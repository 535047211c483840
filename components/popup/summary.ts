import type { ProfileView } from '@/lib/messaging/views';
import { type I18n, plural } from '../i18n';

export interface SummaryCounts {
  total: number;
  broken: number;
  expiring: number;
  unknown: number;
  snoozed: number;
}

/** Counts as the badge counts them: snoozed profiles are counted apart. */
export function summaryCounts(profiles: readonly ProfileView[]): SummaryCounts {
  const counts: SummaryCounts = { total: profiles.length, broken: 0, expiring: 0, unknown: 0, snoozed: 0 };
  for (const p of profiles) {
    if (p.snoozed) counts.snoozed++;
    else if (p.status === 'expired' || p.status === 'disconnected') counts.broken++;
    else if (p.status === 'expiring') counts.expiring++;
    else if (p.status === 'unknown') counts.unknown++;
  }
  return counts;
}

/** "2 need reconnecting · 1 expiring", or "All 5 connections are fine". */
export function summaryText(i18n: I18n, c: SummaryCounts): string {
  if (c.total === 0) return i18n.t('summaryEmpty');
  const parts: string[] = [];
  if (c.broken) parts.push(plural(i18n, c.broken, 'summaryBrokenOne', 'summaryBrokenOther'));
  if (c.expiring) parts.push(plural(i18n, c.expiring, 'summaryExpiringOne', 'summaryExpiringOther'));
  if (c.unknown) parts.push(plural(i18n, c.unknown, 'summaryUnknownOne', 'summaryUnknownOther'));
  if (c.snoozed) parts.push(plural(i18n, c.snoozed, 'summarySnoozedOne', 'summarySnoozedOther'));
  if (!parts.length) return plural(i18n, c.total, 'summaryAllFineOne', 'summaryAllFineOther');
  return parts.join(' · ');
}
