import type { Status } from './token-status';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 5 days" / "3 days ago" through Intl, in the largest unit that fits. */
export function relativeTime(target: Date, now: Date, locale?: string): string {
  const diff = target.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** The countdown line for a profile: "Expires in 5 days", "Expired 3 days ago", "Does not expire by date". */
export function countdownText(
  expiresAt: Date | null | undefined,
  status: Status,
  now: Date,
  locale?: string,
): string {
  if (expiresAt === null) return 'Does not expire by date';
  if (!expiresAt) return 'Expiry unknown';
  const when = relativeTime(expiresAt, now, locale);
  if (expiresAt <= now) return `Expired ${when}`;
  return status === 'expired' || status === 'disconnected' ? `Would expire ${when}` : `Expires ${when}`;
}
