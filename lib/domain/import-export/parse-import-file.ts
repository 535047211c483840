import type { FieldIssue } from '../field-issue';
import {
  type ExportFormat,
  type ImportParseResult,
  type ImportRow,
  MAX_IMPORT_BYTES,
  MAX_REPORTED_ISSUES,
} from './contract';
import { fileMessages, MAX_QUOTED, rowMessages } from './import-messages';
import { readCsvFile } from './read-csv';
import { readJsonFile } from './read-json';
import { type ImportContext, type RawRow, validateRow } from './row-validation';

/**
 * Reads an import file (JSON or CSV, see the README, "Import/export file format") all-or-nothing: either every
 * row is valid and comes back cleaned (trimmed, dates as canonical UTC ISO), or every problem found is
 * reported with its row and field: the first `MAX_REPORTED_ISSUES` and one line counting the rest.
 * Never throws, and never repeats an access token in a message. `context` gives the user's time zone
 * (a plain date is the start of that day there) and the clock (no `connectedAt` later than now).
 */
export function parseImportFile(fileName: string, text: string, context: ImportContext): ImportParseResult {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return fail([{ text: fileMessages.tooLarge(bytes) }]);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail([{ text: fileMessages.empty() }]);

  const read = detectImportFormat(fileName, body) === 'json' ? readJsonFile(body) : readCsvFile(body);
  const issues = [...read.issues];
  const secrets = shortSecrets(read.rows);

  const rows: ImportRow[] = [];
  const firstRowByIdentity = new Map<string, number>();
  for (const raw of read.rows) {
    issues.push(...raw.issues);
    const { values } = raw;
    if (!values) continue;
    const result = validateRow({ ...raw, values }, secrets, context);
    if (result.ok) rows.push(result.profile);
    else issues.push(...result.issues);
    if (!result.identity) continue;
    const first = firstRowByIdentity.get(result.identity.key);
    if (first === undefined) firstRowByIdentity.set(result.identity.key, raw.row);
    else
      issues.push({
        row: raw.row,
        field: result.identity.by,
        text: rowMessages.duplicate(result.identity.by, first),
      });
  }
  return issues.length === 0 ? { ok: true, rows } : fail(issues);
}

/** The file's format by its extension (`.json`, `.csv`, `.tsv`), else by whether it starts like JSON. */
export function detectImportFormat(fileName: string, text: string): ExportFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** The file's access tokens that are short enough to fit in a quoted value (real ones never are). */
function shortSecrets(rows: readonly RawRow[]): string[] {
  const secrets = new Set<string>();
  for (const { values } of rows) {
    const token = values?.accessToken;
    if (typeof token !== 'string') continue;
    const trimmed = token.trim();
    if (trimmed !== '' && trimmed.length <= MAX_QUOTED) secrets.add(trimmed);
  }
  return [...secrets];
}

function fail(issues: FieldIssue[]): ImportParseResult {
  if (issues.length <= MAX_REPORTED_ISSUES) return { ok: false, issues };
  const rest = issues.length - MAX_REPORTED_ISSUES;
  return {
    ok: false,
    issues: [...issues.slice(0, MAX_REPORTED_ISSUES), { text: fileMessages.moreProblems(rest) }],
  };
}

/** The size the file had on disk (UTF-8), counted without building a copy of a 10 MB string. */
function utf8ByteLength(text: string): number {
  // Each UTF-16 unit takes 1 to 3 bytes, so short texts need no counting.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > MAX_IMPORT_BYTES) return bytes + (text.length - i - 1);
  }
  return bytes;
}
