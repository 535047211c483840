import { PLATFORM_IDS } from '../platform-id';
import { PROFILE_KINDS } from '../profile';
import {
  CONTRACT_FIELDS,
  type ContractField,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from './contract-fields';

/**
 * Every problem an import can report, as a message key of `_locales/<lang>/messages.json` and its
 * parameters: the options page words it in the reader's language (the domain holds no copy). The field
 * travels in `FieldIssue.field` and the row in `FieldIssue.row`, so row messages do not repeat them.
 * No parameter ever holds an access token: values are only quoted for `platform` and `kind`, and only
 * when short and holding none of the file's tokens (`quotable`).
 */
export interface IssueMessage {
  key: ImportMessageKey;
  /** Numbers stay numbers: the page formats them in the reader's language ("10.001" in German). */
  params: (string | number)[];
  /** A message about a count: `one` is the key for the plural category "one" of the reader's language. */
  one?: ImportMessageKey;
  count?: number;
}

const list = (values: readonly string[]) => values.join(', ');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const EXAMPLE_DATE = '2026-11-30T09:00:00Z';

/** Longest value quoted back in a message: enough for a typo, too short for a real access token. */
export const MAX_QUOTED = 24;

/**
 * A value as it may be quoted in a message, or `undefined` when it must not be: too long, or holding
 * one of `secrets` (the file's access tokens that are short enough to hide in a quotable value).
 */
export function quotable(value: string, secrets: readonly string[]): string | undefined {
  if (value.length > MAX_QUOTED || secrets.some((secret) => value.includes(secret))) return undefined;
  return JSON.stringify(value);
}

const m = <K extends string>(key: K, ...params: (string | number)[]) => ({ key, params });

export const fileMessages = {
  empty: () => m('import_empty'),
  tooLarge: (bytes: number) => m('import_tooLarge', megabytes(bytes), megabytes(MAX_IMPORT_BYTES)),
  tooManyRows: (rows: number) => m('import_tooManyRows', rows, MAX_IMPORT_ROWS),
  noProfiles: () => m('import_noProfiles'),
  notJson: (where?: { line: number; column: number }) =>
    where ? m('import_notJsonAt', where.line, where.column) : m('import_notJson'),
  notAnExport: () => m('import_notAnExport', FILE_FORMAT, FILE_VERSION),
  wrongFormat: () => m('import_wrongFormat', FILE_FORMAT),
  missingVersion: () => m('import_missingVersion', FILE_VERSION),
  unsupportedVersion: (version: unknown) =>
    typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION
      ? m('import_newerVersion', version, FILE_VERSION)
      : m('import_unsupportedVersion', FILE_VERSION),
  profilesNotAList: () => m('import_profilesNotAList'),
  csvUnterminatedQuote: () => m('import_csvUnterminatedQuote'),
  csvTextAfterQuote: () => m('import_csvTextAfterQuote'),
  missingColumn: (field: ContractField) => m('import_missingColumn', field),
  headerLooksLikeData: () => m('import_headerLooksLikeData', list(CONTRACT_FIELDS)),
  unknownColumn: (header: string) => m('import_unknownColumn', describeName(header), list(CONTRACT_FIELDS)),
  unnamedColumn: (column: number) => m('import_unnamedColumn', column),
  duplicateColumn: (field: ContractField) => m('import_duplicateColumn', field),
  /** A count of problems: the page picks the plural form for its language. */
  moreProblems: (n: number) => ({
    ...m('import_moreProblemsOther', n),
    one: 'import_moreProblemsOne' as const,
    count: n,
  }),
};

export const rowMessages = {
  notAnObject: () => m('import_row_notAnObject'),
  unknownField: (key: string, suggestion?: ContractField) =>
    suggestion
      ? m('import_row_unknownFieldSuggest', describeName(key), suggestion)
      : m('import_row_unknownField', describeName(key), list(CONTRACT_FIELDS)),
  tooManyCells: (cells: number, columns: number) => m('import_row_tooManyCells', cells, columns),
  notText: (value: unknown) =>
    Array.isArray(value)
      ? m('import_row_notTextList')
      : typeof value === 'object'
        ? m('import_row_notTextObject')
        : typeof value === 'boolean'
          ? m('import_row_notTextBoolean')
          : m('import_row_notTextNumber'),
  required: (field: ContractField) =>
    field === 'platform' ? m('import_row_requiredPlatform', list(PLATFORM_IDS)) : m('import_row_required'),
  unknownPlatform: (quoted: string | undefined) =>
    quoted
      ? m('import_row_unknownPlatformValue', quoted, list(PLATFORM_IDS))
      : m('import_row_unknownPlatform', list(PLATFORM_IDS)),
  unknownKind: (quoted: string | undefined) =>
    quoted
      ? m('import_row_unknownKindValue', quoted, list(PROFILE_KINDS))
      : m('import_row_unknownKind', list(PROFILE_KINDS)),
  notADate: () => m('import_row_notADate', EXAMPLE_DATE),
  notAnHttpUrl: () => m('import_row_notAnHttpUrl'),
  tooLong: (max: number) => m('import_row_tooLong', max),
  tokenTooShort: (min: number) => m('import_row_tokenTooShort', min),
  duplicate: (field: 'handle' | 'name', firstRow: number) => m('import_row_duplicate', firstRow, field),
  invalid: () => m('import_row_invalid'),
  connectedInFuture: () => m('import_row_connectedInFuture'),
  tokenNotUsed: (platformName: string) => m('import_row_tokenNotUsed', platformName),
};

type Values<T> = T[keyof T];
type Made<T> = T extends (...args: never[]) => infer R ? R : never;
/** Every key an import issue can carry; the page's `Translate` accepts only keys of the English catalogue. */
export type ImportMessageKey =
  | Made<Values<typeof fileMessages>>['key']
  | Made<Values<typeof rowMessages>>['key']
  | 'import_moreProblemsOne'
  | 'import_row_notTextValue';

/** Field and column names are quoted, but never a long one: a header row may really be a row of data. */
function describeName(name: string): string {
  return JSON.stringify(name.length <= 32 ? name : `${name.slice(0, 32)}…`);
}

/** What a zod issue means, for a form field or a request field (the schema itself holds no words). */
export function schemaIssueMessage(
  field: string | undefined,
  issue: { code: string; maximum?: unknown; minimum?: unknown; format?: string },
): IssueMessage {
  switch (issue.code) {
    case 'invalid_value':
      if (field === 'platform') return rowMessages.unknownPlatform(undefined);
      if (field === 'kind') return rowMessages.unknownKind(undefined);
      return rowMessages.invalid();
    case 'invalid_type':
      return m('import_row_notTextValue');
    case 'too_big':
      return rowMessages.tooLong(Number(issue.maximum));
    case 'too_small':
      return rowMessages.required('name');
    case 'invalid_format':
      if (issue.format === 'url') return rowMessages.notAnHttpUrl();
      if (issue.format === 'datetime') return rowMessages.notADate();
      return rowMessages.invalid();
    default:
      return rowMessages.invalid();
  }
}
