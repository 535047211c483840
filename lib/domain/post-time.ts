import { civilDate, daysBetween } from './zoned-time';

/**
 * When a scheduled post goes out, as a person reads it in their own zone and language: "today 8:00 PM",
 * "tomorrow 10:00 AM", a weekday within the coming week ("Fri 10:00 AM": "next Mon" said on a Monday would
 * read as a week later), else with its date ("Tue, Dec 15, 10:00 AM").
 */

const formats = new Map<string, Intl.DateTimeFormat>();

type Shape = 'time' | 'weekday' | 'date';

function format(locale: string | undefined, timeZone: string, shape: Shape): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${shape}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      ...(shape === 'time' ? {} : { weekday: 'short' }),
      ...(shape === 'date' ? { month: 'short', day: 'numeric' } : {}),
      hour: 'numeric',
      minute: '2-digit',
    });
    formats.set(key, f);
  }
  return f;
}

const dayWords = new Map<string, Intl.RelativeTimeFormat>();

/** "today" / "tomorrow" in the locale's own words (`numeric: 'auto'`). */
function dayWord(locale: string | undefined, days: 0 | 1): string {
  const key = locale ?? '';
  let f = dayWords.get(key);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    dayWords.set(key, f);
  }
  return f.format(days, 'day');
}

/**
 * The time of a post at risk. `timeZone`: an IANA zone; absent, the runtime's own (the person's). The days
 * ahead are counted between calendar dates in that zone, so "tomorrow" is tomorrow there.
 */
export function postTimeText(dueAt: Date, now: Date, locale?: string, timeZone?: string): string {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ahead = daysBetween(civilDate(now, zone), civilDate(dueAt, zone));
  if (ahead === 0 || ahead === 1) {
    return `${dayWord(locale, ahead)} ${format(locale, zone, 'time').format(dueAt)}`;
  }
  return format(locale, zone, ahead < 0 || ahead > 6 ? 'date' : 'weekday').format(dueAt);
}
