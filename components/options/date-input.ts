/** `YYYY-MM-DD` (what `<input type="date">` holds) for an ISO date, in local time. */
export function isoToDateInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The ISO date for a date input's value: local midnight of that day. When the day is the one the
 * original ISO date falls on, the original is kept, so editing a name never moves an expiry time.
 */
export function dateInputToIso(value: string, original?: string): string | undefined {
  if (!value) return undefined;
  if (original && isoToDateInput(original) === value) return original;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value; // Left for the schema to reject with its own message.
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Date(y, m - 1, d).toISOString();
}
