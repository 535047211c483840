import type { Status } from './token-status';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** One formatter per locale: making one costs about 0.1 ms, and the popup words a countdown for every row. */
const formats = new Map<string | undefined, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  return format;
}

/** "in 5 days" / "3 days ago" through Intl, in the largest unit that fits. */
export function relativeTime(target: Date, now: Date, locale?: string): string {
  const diff = target.getTime() - now.getTime();
  const format = relativeFormat(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** The message keys of a countdown line; each is one whole phrase of the catalogue ("Expires $WHEN$"). */
export type CountdownKey =
  | 'a2CountdownExpires'
  | 'a2CountdownExpired'
  | 'a2CountdownWouldExpire'
  | 'a2CountdownNoExpiry'
  | 'a2CountdownUnknown';

/**
 * What a countdown line needs from the page: its message catalogue, and the locale that catalogue is
 * written in. The relative time is formatted in that same locale, so the phrase around it and the time in
 * it are always one language ("Expired vor 10 Tagen" cannot happen).
 */
export interface CountdownI18n {
  t(key: CountdownKey, when?: string): string;
  locale?: string;
}

/** The countdown phrase for a profile: which message, and the relative time that goes in it. */
export function countdownPhrase(
  expiresAt: Date | null | undefined,
  status: Status,
  now: Date,
  locale?: string,
): { key: CountdownKey; when?: string } {
  if (expiresAt === null) return { key: 'a2CountdownNoExpiry' };
  if (!expiresAt) return { key: 'a2CountdownUnknown' };
  const when = relativeTime(expiresAt, now, locale);
  if (expiresAt <= now) return { key: 'a2CountdownExpired', when };
  const dead = status === 'expired' || status === 'disconnected';
  return { key: dead ? 'a2CountdownWouldExpire' : 'a2CountdownExpires', when };
}

/** The countdown line for a profile: "Expires in 5 days", "Expired 3 days ago", "Does not expire by date". */
export function countdownText(
  expiresAt: Date | null | undefined,
  status: Status,
  now: Date,
  i18n: CountdownI18n,
): string {
  const { key, when } = countdownPhrase(expiresAt, status, now, i18n.locale);
  return i18n.t(key, when);
}
