import { parseImportFile } from '../lib/domain/import-export';

/**
 * The `import` message the options page sends for a file: the rows `parseImportFile` reads from it, in the
 * time zone this process runs in (Chromium takes the same one from TZ). For tests that load profiles through
 * the background; a file that is not valid is a mistake in the test.
 */
export function importRequest(fileName: string, text: string, now = new Date()) {
  const parsed = parseImportFile(fileName, text, {
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  if (!parsed.ok) throw new Error(`Not a valid import file: ${JSON.stringify(parsed.issues)}`);
  return { type: 'import' as const, rows: parsed.rows };
}

/** The `import` message for a JSON export file holding `profiles`. */
export function importProfilesRequest(profiles: readonly Record<string, unknown>[], now?: Date) {
  return importRequest(
    'profiles.json',
    JSON.stringify({ format: 'reconnect-radar', version: 1, profiles }),
    now,
  );
}
