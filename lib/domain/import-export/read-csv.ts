import type { FieldIssue } from '../field-issue';
import { PLATFORM_IDS } from '../platform-id';
import { type ContractField, MAX_IMPORT_ROWS, matchContractField, REQUIRED_FIELDS } from './contract';
import { type CsvParseResult, detectDelimiter, parseCsv } from './csv-text';
import { unguardCell } from './formula-guard';
import { fileMessages, rowMessages } from './import-messages';
import type { ReadResult } from './read-json';
import type { RawRow } from './row-validation';

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/**
 * Reads a CSV file whose first record names the columns (any order, names as in the JSON format).
 * Row N is the N-th record after the header, so it matches the spreadsheet's line N + 1 when no cell
 * spans lines. Blank records are skipped but still counted, for the same reason.
 */
export function readCsvFile(text: string): ReadResult {
  const parsed = parseCsv(text, detectDelimiter(text));
  if (!parsed.ok) return syntaxProblem(parsed);
  const [header = [], ...data] = parsed.records;
  const columns = mapColumns(header, data);
  if (columns.fatal) return { issues: columns.issues, rows: [] };

  const rowCount = data.reduce((n, record) => (isBlank(record) ? n : n + 1), 0);
  if (rowCount === 0) return { issues: [...columns.issues, { text: fileMessages.noProfiles() }], rows: [] };
  if (rowCount > MAX_IMPORT_ROWS) return { issues: [{ text: fileMessages.tooManyRows(rowCount) }], rows: [] };

  const rows: RawRow[] = [];
  data.forEach((record, index) => {
    if (isBlank(record)) return;
    const row = index + 1;
    const values: Partial<Record<ContractField, unknown>> = {};
    columns.fields.forEach((field, column) => {
      if (field) values[field] = unguardCell((record[column] ?? '').trim());
    });
    const issues: FieldIssue[] = [];
    const extra = record.slice(header.length);
    if (!isBlank(extra)) {
      issues.push({ row, text: rowMessages.tooManyCells(record.length, header.length) });
    }
    rows.push({ row, values, issues });
  });
  return { issues: columns.issues, rows };
}

interface ColumnMap {
  /** The contract field of each column; `undefined` for a column that is ignored or unknown. */
  fields: (ContractField | undefined)[];
  issues: FieldIssue[];
  /** The header is unusable: validating rows against it would only bury the real problem. */
  fatal: boolean;
}

function mapColumns(header: readonly string[], data: readonly string[][]): ColumnMap {
  const names = header.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  const fields = names.map(matchContractField);
  const issues: FieldIssue[] = [];
  const seen = new Set<ContractField>();
  let fatal = false;

  const missing = REQUIRED_FIELDS.filter((field) => !fields.includes(field));
  const looksLikeData = names.some((name) =>
    (PLATFORM_IDS as readonly string[]).includes(name.toLowerCase()),
  );
  if (missing.length > 0 && looksLikeData) {
    return { fields, issues: [{ text: fileMessages.headerLooksLikeData() }], fatal: true };
  }
  for (const field of missing) {
    issues.push({ field, text: fileMessages.missingColumn(field) });
    fatal = true;
  }
  names.forEach((name, column) => {
    const field = fields[column];
    if (field) {
      if (seen.has(field)) {
        issues.push({ field, text: fileMessages.duplicateColumn(field) });
        fatal = true;
      }
      seen.add(field);
    } else if (name !== '') {
      issues.push({ field: name, text: fileMessages.unknownColumn(name) });
    } else if (data.some((record) => (record[column] ?? '').trim() !== '')) {
      issues.push({ text: fileMessages.unnamedColumn(column + 1) });
    }
  });
  return { fields, issues, fatal };
}

function syntaxProblem(parsed: Extract<CsvParseResult, { ok: false }>): ReadResult {
  const header = parsed.records[0];
  const field = parsed.record > 0 ? header && matchContractField(header[parsed.column] ?? '') : undefined;
  const text =
    parsed.problem === 'unterminated-quote'
      ? fileMessages.csvUnterminatedQuote()
      : fileMessages.csvTextAfterQuote();
  return { issues: [{ row: parsed.record > 0 ? parsed.record : undefined, field, text }], rows: [] };
}
