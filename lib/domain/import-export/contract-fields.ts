/** The import/export file's fixed words and limits (apart from its schemas, so messages can name them). */

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
