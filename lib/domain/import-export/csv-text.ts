/** Where a CSV text stops being RFC 4180, counted from 0 (the header is record 0). */
export interface CsvSyntaxError {
  problem: 'unterminated-quote' | 'text-after-quote';
  record: number;
  column: number;
}

export type CsvParseResult =
  | { ok: true; records: string[][] }
  /** `records` holds the complete records before the error (the header, when it was one of them). */
  | ({ ok: false; records: string[][] } & CsvSyntaxError);

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The delimiter of the header line. Comma is the standard; spreadsheets in locales that write decimal
 * commas (Excel in German or French) save "CSV" with semicolons, so a header with more of those wins.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as CsvDelimiter] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Splits CSV text into records of cells (RFC 4180): quoted cells may hold the delimiter, `""` for a
 * quote, and line breaks; records end with CRLF, LF or CR. A final line break does not start an empty
 * record. Lenient where spreadsheets are: a quote inside an unquoted cell is kept as text.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvParseResult {
  const records: string[][] = [];
  if (text.length === 0) return { ok: true, records };
  const n = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let end: number;
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          return {
            ok: false,
            problem: 'unterminated-quote',
            records,
            record: records.length,
            column: record.length,
          };
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        end = quote + 1;
        break;
      }
      record.push(value);
      const next = text.charCodeAt(end);
      if (end < n && next !== delimiterCode && next !== 10 && next !== 13) {
        return {
          ok: false,
          problem: 'text-after-quote',
          records,
          record: records.length,
          column: record.length - 1,
        };
      }
    } else {
      end = i;
      while (end < n) {
        const code = text.charCodeAt(end);
        if (code === delimiterCode || code === 10 || code === 13) break;
        end += 1;
      }
      record.push(text.slice(i, end));
    }
    if (end >= n) {
      records.push(record);
      return { ok: true, records };
    }
    if (text.charCodeAt(end) === delimiterCode) {
      i = end + 1;
      continue;
    }
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    records.push(record);
    record = [];
    if (i >= n) return { ok: true, records };
  }
}

const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Writes records as RFC 4180 CSV: comma-separated, CRLF after every record, quotes only where needed. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  let out = '';
  for (const record of records) {
    out += `${record.map(formatCell).join(',')}\r\n`;
  }
  return out;
}

function formatCell(cell: string): string {
  // Semicolons and tabs are quoted too, so a reader that guesses the delimiter cannot guess wrong.
  return NEEDS_QUOTES.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}
