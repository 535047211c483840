const DAY_NAME = /^(mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * How long a `Retry-After` header asks us to wait, in milliseconds, at `now` (RFC 9110 §10.2.3: either
 * whole seconds or an HTTP date). A date in the past gives 0; anything unreadable gives `undefined`.
 * The caller decides on a ceiling: this reports what the platform said.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : undefined;
  }
  // The three HTTP date forms all start with a day name; asctime carries no zone and means GMT.
  if (!DAY_NAME.test(text)) return undefined;
  const withZone = /\b(GMT|UTC)\b/i.test(text) ? text : `${text} GMT`;
  const at = Date.parse(withZone);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
