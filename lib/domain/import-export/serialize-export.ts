import { isPlatformId } from '../platform-id';
import { platform } from '../platform-metadata';
import type { Profile } from '../profile';
import {
  CONTRACT_FIELDS,
  type ContractField,
  type ExportFormat,
  FILE_FORMAT,
  FILE_VERSION,
} from './contract';
import { formatCsv } from './csv-text';
import { guardCell } from './formula-guard';
import { normaliseIsoDate } from './iso-date';

type ContractRecord = Partial<Record<ContractField, string>>;

const PROFILE_FIELDS = CONTRACT_FIELDS.filter((field) => field !== 'accessToken');

/**
 * Writes profiles in the import format: only the contract fields, dates as canonical UTC ISO, and an
 * `accessToken` only for profiles whose id is in `tokens` (pass the map only when the person asked for
 * tokens) and whose platform has a live check. `parseImportFile` reads the result back to the same fields.
 */
export function serializeExport(
  profiles: Profile[],
  format: ExportFormat,
  tokens?: Map<string, string>,
): string {
  const records = profiles.map((profile) => contractRecord(profile, tokens));
  return format === 'json' ? toJson(records) : toCsv(records, tokens !== undefined);
}

function contractRecord(profile: Profile, tokens: Map<string, string> | undefined): ContractRecord {
  const record: ContractRecord = {};
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    if (value === undefined) continue;
    // Stored dates are instants (a plain date became one on the way in), so no zone is involved here.
    record[field] =
      field === 'connectedAt' || field === 'expiresAt' ? (normaliseIsoDate(value, 'UTC') ?? value) : value;
  }
  const token = tokens?.get(profile.id);
  // A token kept from an earlier version on a platform without a live check is never used, and an import
  // refuses it: an export leaves it out, so that the file reads back.
  if (token !== undefined && !isPlatformId(profile.platform)) record.accessToken = token;
  else if (token !== undefined && platform(profile.platform).liveCheck) record.accessToken = token;
  return record;
}

function toJson(profiles: ContractRecord[]): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, profiles }, null, 2)}\n`;
}

/**
 * RFC 4180 with CRLF, every cell guarded against formula injection (`formula-guard.ts`), and a UTF-8
 * byte order mark: without it Excel reads the file as the system code page and garbles "Café Ünal".
 */
function toCsv(profiles: ContractRecord[], withTokens: boolean): string {
  const columns = withTokens ? CONTRACT_FIELDS : PROFILE_FIELDS;
  const rows = profiles.map((profile) => columns.map((column) => guardCell(profile[column] ?? '')));
  return `\uFEFF${formatCsv([[...columns], ...rows])}`;
}

/** `reconnect-radar-2026-11-26.json`, dated in the person's own time zone. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `reconnect-radar-${date}.${format}`;
}

export function exportMimeType(format: ExportFormat): string {
  return format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
}

/** A file to save: its name, its type and its text. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/**
 * The export file of `profiles` (in that order) as of `now`, with the `tokens` (by profile id) when the
 * person asked for them: what the options page makes of the background's `export` answer.
 */
export function exportFile(
  profiles: Profile[],
  format: ExportFormat,
  now: Date,
  tokens?: Record<string, string>,
): ExportFile {
  return {
    fileName: exportFileName(format, now),
    mimeType: exportMimeType(format),
    text: serializeExport(profiles, format, tokens && new Map(Object.entries(tokens))),
  };
}
