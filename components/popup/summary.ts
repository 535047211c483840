import type { SummaryCounts } from '@/lib/domain/summary-counts';
import { type I18n, plural } from '../i18n';

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
