/** The import/export file contract (the README, "Import/export file format"): pure parsing and writing. */
export {
  CONTRACT_FIELDS,
  type ContractField,
  EXPORT_FORMATS,
  type ExportFormat,
  FILE_FORMAT,
  FILE_VERSION,
  type ImportParseResult,
  type ImportRow,
  importProfileSchema,
  importRowsSchema,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  MAX_REPORTED_ISSUES,
} from './contract';
export { normaliseIsoDate } from './iso-date';
export {
  CLOCK_SKEW_MS,
  instantToPlainDate,
  isLaterThanNow,
  plainDateToInstant,
  type TimeZone,
} from './local-date';
export { detectImportFormat, parseImportFile } from './parse-import-file';
export { recheckImportRows } from './row-rules';
export type { ImportContext } from './row-validation';
export {
  type ExportFile,
  exportFile,
  exportFileName,
  exportMimeType,
  serializeExport,
} from './serialize-export';
