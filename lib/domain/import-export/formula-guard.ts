/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run a
 * cell that starts with `=`, `+`, `-` or `@` (and some also after a tab or carriage return) as a
 * formula. A profile name or note is someone else's text, so exports neutralise such cells by putting a
 * single quote in front, which spreadsheets show as "treat as text" and hide.
 *
 * To round-trip exactly, a value that already starts with quotes followed by one of those characters
 * (`'=x`) gets one more quote on export, and import removes exactly one leading quote from any cell of
 * that shape. So `=x` ⇄ `'=x` and `'=x` ⇄ `''=x`, and every other value is written as it is.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV export. */
export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The value of a CSV cell as read from an import (the inverse of `guardCell`). */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
