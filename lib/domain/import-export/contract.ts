import { z } from 'zod/mini';
import type { FieldIssue } from '../field-issue';
import { type ProfileInput, profileInputSchema } from '../profile';

/** The `format` marker of a JSON import/export file (the README, "Import/export file format"). */
export const FILE_FORMAT = 'reconnect-radar';
/** The only file version this build reads and writes. */
export const FILE_VERSION = 1;

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Every field of the public contract, in the order exports write them. `notes` is part of it because it
 * is part of `ProfileInput`: a backup that silently dropped a person's notes would lose data.
 */
export const CONTRACT_FIELDS = [
  'platform',
  'name',
  'kind',
  'handle',
  'publisher',
  'reconnectUrl',
  'connectedAt',
  'expiresAt',
  'notes',
  'accessToken',
] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

export const REQUIRED_FIELDS = ['platform', 'name'] as const satisfies readonly ContractField[];
export const DATE_FIELDS = ['connectedAt', 'expiresAt'] as const satisfies readonly ContractField[];

/** Limits that keep one import from freezing the options page or filling the database. */
export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** A broken 5,000-row file gives this many issues plus one "and N more problems" line. */
export const MAX_REPORTED_ISSUES = 200;

/** Same bounds as the `set-token` message, so an imported token is one the background would accept. */
export const accessTokenSchema = z.string().check(z.trim(), z.minLength(8), z.maxLength(4096));

/** One profile of an import file: the profile form's schema plus an optional access token. */
export const importProfileSchema = z.extend(profileInputSchema, {
  accessToken: z.optional(accessTokenSchema),
});

/** A valid profile read from an import file, with the row it came from (1-based). */
export type ImportRow = ProfileInput & { accessToken?: string; row: number };

/** All-or-nothing: either every row is valid, or every problem found (capped) and no rows. */
export type ImportParseResult = { ok: true; rows: ImportRow[] } | { ok: false; issues: FieldIssue[] };

const looseName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const FIELDS_BY_LOOSE_NAME = new Map<string, ContractField>(CONTRACT_FIELDS.map((f) => [looseName(f), f]));

/**
 * The contract field a column or key name means, ignoring case, spaces, `_` and `-`
 * (`Expires At`, `expires_at` → `expiresAt`): spreadsheet headers are typed by people.
 */
export function matchContractField(name: string): ContractField | undefined {
  return FIELDS_BY_LOOSE_NAME.get(looseName(name));
}

export function isContractField(name: string): name is ContractField {
  return (CONTRACT_FIELDS as readonly string[]).includes(name);
}
