import { PLATFORM_IDS } from '../platform-id';
import { PROFILE_KINDS } from '../profile';
import {
  CONTRACT_FIELDS,
  type ContractField,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from './contract';

/**
 * Every message an import can report, in one place so the wording stays consistent. Row messages start
 * with the field name and have no final full stop ("expiresAt: not a date …"); the row number travels separately in `FieldIssue.row`.
 * No message ever contains an access token: values are only quoted for `platform` and `kind`, and only
 * when short and holding none of the file's tokens (`quotable`).
 */

const count = (n: number) => n.toLocaleString('en-US');
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

const given = (quoted: string | undefined) => (quoted ? ` ${quoted}` : '');

export const fileMessages = {
  empty: () => 'The file is empty.',
  tooLarge: (bytes: number) =>
    `The file is ${megabytes(bytes)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}.`,
  tooManyRows: (rows: number) =>
    `The file has ${count(rows)} profiles; one import takes at most ${count(MAX_IMPORT_ROWS)}. Split it into smaller files.`,
  noProfiles: () => 'The file has no profiles.',
  notJson: (where?: { line: number; column: number }) =>
    `The file is not valid JSON${where ? ` (near line ${where.line}, column ${where.column})` : ''}. Export it again, or check for a missing comma, quote or bracket.`,
  notAnExport: () =>
    `The file is not a Reconnect Radar export: expected an object with "format": "${FILE_FORMAT}", "version": ${FILE_VERSION} and "profiles".`,
  wrongFormat: () => `format: expected "${FILE_FORMAT}"; this file was not written by Reconnect Radar.`,
  missingVersion: () => `version: missing (expected ${FILE_VERSION}).`,
  unsupportedVersion: (version: unknown) =>
    typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION
      ? `version: ${version} is newer than this extension reads (version ${FILE_VERSION}); update Reconnect Radar and try again.`
      : `version: not supported (expected ${FILE_VERSION}).`,
  profilesNotAList: () => 'profiles: expected a list of profiles ([ … ]).',
  csvUnterminatedQuote: () =>
    'A quoted cell never ends: a closing double quote (") is missing. Cells that contain quotes write them twice ("").',
  csvTextAfterQuote: () =>
    'A quoted cell has text after its closing quote. Put the whole cell in quotes and write inner quotes twice ("").',
  missingColumn: (field: ContractField) =>
    `The header row has no "${field}" column; "platform" and "name" are required.`,
  headerLooksLikeData: () =>
    `The first row must be a header naming the columns (${list(CONTRACT_FIELDS)}); it looks like a profile.`,
  unknownColumn: (header: string) =>
    `Unknown column ${describeName(header)} (columns: ${list(CONTRACT_FIELDS)}).`,
  unnamedColumn: (column: number) => `Column ${column} has values but no name in the header row.`,
  duplicateColumn: (field: ContractField) =>
    `The column "${field}" appears more than once in the header row.`,
  moreProblems: (n: number) => `…and ${count(n)} more ${n === 1 ? 'problem' : 'problems'}.`,
};

export const rowMessages = {
  notAnObject: () =>
    'not a profile: expected an object such as { "platform": "facebook", "name": "Acme Coffee" }',
  unknownField: (key: string, suggestion?: ContractField) =>
    suggestion
      ? `unknown field ${describeName(key)}; did you mean "${suggestion}"?`
      : `unknown field ${describeName(key)} (fields: ${list(CONTRACT_FIELDS)})`,
  tooManyCells: (cells: number, columns: number) =>
    `this row has ${count(cells)} cells but the header names ${count(columns)} columns; a comma inside a value needs quotes around the cell`,
  notText: (field: ContractField, value: unknown) =>
    `${field}: must be text, not ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}`,
  required: (field: ContractField) =>
    field === 'platform' ? `platform: required (one of: ${list(PLATFORM_IDS)})` : `${field}: required`,
  unknownPlatform: (quoted: string | undefined) =>
    `platform: unknown platform${given(quoted)} (use one of: ${list(PLATFORM_IDS)})`,
  unknownKind: (quoted: string | undefined) =>
    `kind: unknown kind${given(quoted)} (use one of: ${list(PROFILE_KINDS)})`,
  notADate: (field: ContractField) => `${field}: not a date (use ISO 8601, e.g. ${EXAMPLE_DATE})`,
  notAnHttpUrl: (field: ContractField) =>
    `${field}: not an http(s) address (e.g. https://example.com/accounts)`,
  tooLong: (field: ContractField, max: number) => `${field}: too long (${count(max)} characters at most)`,
  tokenTooShort: (min: number) => `accessToken: too short to be an access token (${min} characters at least)`,
  duplicate: (field: 'handle' | 'name', firstRow: number) =>
    `${field}: the same profile as row ${count(firstRow)} (same platform and ${field}); each profile may appear only once`,
  invalid: (field: ContractField) => `${field}: not a valid value`,
  connectedInFuture: () =>
    'connectedAt: later than now; a profile cannot have been connected in the future (check the date, and that a time has its zone)',
  tokenNotUsed: (platformName: string) =>
    `accessToken: ${platformName} tokens are not used (a token you can paste says nothing about the connection a few hours later); remove it from this row`,
};

/** Field and column names are shown, but never a long one: a header row may really be a row of data. */
function describeName(name: string): string {
  if (name.length === 0) return '(no name)';
  return name.length <= 32 ? JSON.stringify(name) : `(a name ${count(name.length)} characters long)`;
}
