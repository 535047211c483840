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

const dayKeys = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of `instant` in `timeZone`, as days since 1970-01-01 (the popup's own few lines rather
 * than zoned-time.ts, which the popup would otherwise load whole for this).
 */
function dayNumber(instant: Date, timeZone: string): number {
  let f = dayKeys.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayKeys.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const midnight = new Date(0);
  midnight.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  return Math.round(midnight.getTime() / 86_400_000);
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
  const ahead = dayNumber(dueAt, zone) - dayNumber(now, zone);
  if (ahead === 0 || ahead === 1) {
    return `${dayWord(locale, ahead)} ${format(locale, zone, 'time').format(dueAt)}`;
  }
  return format(locale, zone, ahead < 0 || ahead > 6 ? 'date' : 'weekday').format(dueAt);
}
