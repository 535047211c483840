import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportFile, serializeExport } from '@/lib/domain/import-export';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { evaluateStatus } from '@/lib/domain/token-status';
import { IMPORT_CONTEXT, issuesOf } from './import-file-helpers';
import { contractFields, storedProfile } from './profile-factory';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function validRows(name: string) {
  const result = parseImportFile(name, fixture(name), IMPORT_CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.rows;
}

describe('import fixtures', () => {
  it('valid.json and valid.csv hold the same four profiles', () => {
    const rows = validRows('valid.json');
    expect(rows.map((r) => [r.row, r.platform, r.name])).toEqual([
      [1, 'facebook', 'Acme Coffee'],
      [2, 'instagram', 'Acme Coffee'],
      [3, 'linkedin', 'Acme Coffee Roasters, Inc.'],
      [4, 'x', 'Acme Coffee'],
    ]);
    expect(validRows('valid.csv')).toEqual(rows);
  });

  it('valid.json and valid.csv are exactly what the export writes for those profiles', () => {
    const profiles = validRows('valid.json').map((row) => storedProfile(`p${row.row}`, contractFields(row)));
    expect(serializeExport(profiles, 'json')).toBe(fixture('valid.json'));
    expect(serializeExport(profiles, 'csv')).toBe(fixture('valid.csv'));
  });

  it.each([
    new Date('2026-01-01T00:00:00Z'),
    new Date('2026-11-26T12:00:00Z'),
    new Date('2029-12-31T12:00:00Z'),
  ])('the valid profiles have the statuses the fixture README promises at %s', (now) => {
    const statuses = validRows('valid.json').map((row) => {
      const profile = storedProfile(`p${row.row}`, contractFields(row));
      return evaluateStatus(profile, DEFAULT_SETTINGS, now).status;
    });
    expect(statuses).toEqual(['ok', 'ok', 'expired', 'ok']);
  });

  it.each(['bad-row3-date-row5-platform.json', 'bad-row3-date-row5-platform.csv'])(
    '%s fails with exactly a bad date on row 3 and an unknown platform on row 5',
    (name) => {
      const result = parseImportFile(name, fixture(name), IMPORT_CONTEXT);
      expect(result.ok).toBe(false);
      expect(issuesOf(result)).toEqual([
        {
          row: 3,
          field: 'expiresAt',
          message: 'expiresAt: not a date (use ISO 8601, e.g. 2026-11-30T09:00:00Z)',
        },
        {
          row: 5,
          field: 'platform',
          message: expect.stringMatching(/^platform: unknown platform "myspace" \(use one of: facebook, /),
        },
      ]);
    },
  );
});
