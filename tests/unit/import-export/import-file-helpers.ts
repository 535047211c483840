import type { ImportParseResult } from '@/lib/domain/import-export';
import { inEnglish } from './english-issues';

/** A JSON import file around the given profile entries. */
export function jsonFile(profiles: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'reconnect-radar', version: 1, profiles, ...top });
}

/** A CSV import file from lines (joined with LF). */
export function csvFile(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The issues of a failed parse; fails the test when the parse succeeded. */
/** The issues of a failed parse, worded in English as the options page shows them. */
export function issuesOf(result: ImportParseResult): { row?: number; field?: string; message: string }[] {
  if (result.ok) throw new Error(`expected issues, got ${result.rows.length} valid rows`);
  return inEnglish(result.issues);
}

/** Where each issue points: `[row, field]`, `undefined` for what an issue does not have. */
export function placesOf(result: ImportParseResult): [number | undefined, string | undefined][] {
  return issuesOf(result).map((issue) => [issue.row, issue.field]);
}

/**
 * The reader's zone and clock for tests that are not about them: UTC, and a clock after every date the
 * files can hold (dates are the subject of iso-date.test.ts, local-date.test.ts and import-dates.test.ts).
 */
export const IMPORT_CONTEXT = { timeZone: 'UTC', now: new Date('9999-12-31T23:59:59.999Z') } as const;
