import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { importRowSchema, importRowsSchema, MAX_IMPORT_ROWS } from '@/lib/domain/import-export/contract';

/** `importRowsSchema` checks its list by hand; it must answer as zod's own array schema would. */
const zodRows = z.array(importRowSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS));

const outcome = (result: { success: boolean; data?: unknown; error?: { issues: z.core.$ZodIssue[] } }) =>
  result.success
    ? { data: result.data }
    : { issues: result.error!.issues.map((i) => ({ code: i.code, path: i.path })) };

const row = fc.record(
  {
    row: fc.oneof(fc.integer({ min: -1, max: 20 }), fc.constant('1')),
    platform: fc.constantFrom('linkedin', 'x', 'LinkedIn', 'myspace'),
    name: fc.constantFrom('Acme', '  Acme  ', '', 'x'.repeat(201)),
    handle: fc.constantFrom('acme', null, 5),
    expiresAt: fc.constantFrom('2026-11-30T09:00:00Z', '2026-11-30', 'soon'),
    reconnectUrl: fc.constantFrom('https://example.com', 'javascript:alert(1)'),
    accessToken: fc.constantFrom('AQX-FAKE-0001', 'short'),
    colour: fc.constant('blue'),
  },
  { requiredKeys: [] },
);

describe('importRowsSchema', () => {
  it('accepts, cleans and refuses lists of rows as z.array(importRowSchema) with its bounds does', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), (rows) => {
        expect(outcome(importRowsSchema.safeParse(rows))).toEqual(outcome(zodRows.safeParse(rows)));
      }),
      { numRuns: 2000 },
    );
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({
      row: i + 1,
      platform: 'x',
      name: 'A',
    }));
    expect(outcome(importRowsSchema.safeParse(many))).toEqual(outcome(zodRows.safeParse(many)));
  });

  it('refuses what is not a list', () => {
    for (const value of [
      undefined,
      null,
      {},
      'rows',
      { 0: { row: 1, platform: 'x', name: 'A' }, length: 1 },
    ]) {
      expect(importRowsSchema.safeParse(value).success).toBe(false);
    }
  });
});
