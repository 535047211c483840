import type { FieldIssue } from '../field-issue';
import {
  type ContractField,
  FILE_FORMAT,
  FILE_VERSION,
  isContractField,
  MAX_IMPORT_ROWS,
  matchContractField,
} from './contract';
import { fileMessages, type IssueMessage, rowMessages } from './import-messages';
import type { RawRow } from './row-validation';

/** What a reader found: file-level problems, and the rows to validate (none after a fatal problem). */
export interface ReadResult {
  issues: FieldIssue[];
  rows: RawRow[];
}

const fatal = (text: IssueMessage, field?: string): ReadResult => ({
  issues: [field ? { field, text } : { text }],
  rows: [],
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a `{ "format": "reconnect-radar", "version": 1, "profiles": [...] }` file; row = index + 1. */
export function readJsonFile(text: string): ReadResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // The engine's own message quotes the text around the error, which may be an access token.
    return fatal(fileMessages.notJson(errorLocation(text, error)));
  }
  if (!isObject(document)) return fatal(fileMessages.notAnExport());
  if (document.format !== FILE_FORMAT) {
    return fatal(
      document.format === undefined ? fileMessages.notAnExport() : fileMessages.wrongFormat(),
      'format',
    );
  }
  if (document.version === undefined) return fatal(fileMessages.missingVersion(), 'version');
  if (document.version !== FILE_VERSION)
    return fatal(fileMessages.unsupportedVersion(document.version), 'version');
  const { profiles } = document;
  if (!Array.isArray(profiles)) return fatal(fileMessages.profilesNotAList(), 'profiles');
  if (profiles.length === 0) return fatal(fileMessages.noProfiles(), 'profiles');
  if (profiles.length > MAX_IMPORT_ROWS) return fatal(fileMessages.tooManyRows(profiles.length), 'profiles');
  return { issues: [], rows: profiles.map((entry: unknown, index) => readProfile(entry, index + 1)) };
}

function readProfile(entry: unknown, row: number): RawRow {
  if (!isObject(entry)) return { row, values: undefined, issues: [{ row, text: rowMessages.notAnObject() }] };
  const values: Partial<Record<ContractField, unknown>> = {};
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (isContractField(key)) values[key] = value;
    else issues.push({ row, field: key, text: rowMessages.unknownField(key, matchContractField(key)) });
  }
  return { row, values, issues };
}

/** Line and column of a JSON syntax error, from V8's "(line 3 column 5)" or "at position 42". */
function errorLocation(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
