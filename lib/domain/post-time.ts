import { civilDate, daysBetween } from './zoned-time';

/**
 * When a scheduled post goes out, as a person reads it in their own zone and language: "Tue 10:00" within
 * the coming week (a weekday names one day only that far), else with its date ("Tue, Dec 15, 10:00").
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string | undefined, timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${withDate}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      ...(withDate ? { month: 'short', day: 'numeric' } : {}),
      hour: 'numeric',
      minute: '2-digit',
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * The time of a post at risk. `timeZone`: an IANA zone; absent, the runtime's own (the person's). `now`
 * decides whether the weekday alone is unambiguous: the same day up to six days ahead, counted in that zone.
 */
export function postTimeText(dueAt: Date, now: Date, locale?: string, timeZone?: string): string {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ahead = daysBetween(civilDate(now, zone), civilDate(dueAt, zone));
  return format(locale, zone, ahead < 0 || ahead > 6).format(dueAt);
}
