import { z } from 'zod/mini';
import type { FieldIssue } from '../field-issue';
import { type ProfileInput, profileInputSchema } from '../profile';

import { CONTRACT_FIELDS, type ContractField, MAX_IMPORT_ROWS } from './contract-fields';

export * from './contract-fields';

/** Same bounds as the `set-token` message, so an imported token is one the background would accept. */
export const accessTokenSchema = z.string().check(z.trim(), z.minLength(8), z.maxLength(4096));

/** One profile of an import file: the profile form's schema plus an optional access token. */
export const importProfileSchema = z.object({
  ...profileInputSchema.shape,
  accessToken: z.optional(accessTokenSchema),
});

/** A valid profile read from an import file, with the row it came from (1-based). */
export type ImportRow = ProfileInput & { accessToken?: string; row: number };

/** One row as the options page sends it: `importProfileSchema` with its row number (1-based), no other field. */
export const importRowSchema = z.strictObject({
  ...importProfileSchema.shape,
  row: z.int().check(z.gte(1)),
});

/**
 * The rows of a file `parseImportFile` accepted, as the options page sends them to the background (the
 * `import` message): 1 to `MAX_IMPORT_ROWS` rows, each passing `importRowSchema`, whose issues come back at
 * `<index>.<field>`. What `z.array(importRowSchema)` with those bounds checks, by hand: zod's array code
 * would cost the background 0.4 kB gzip for this one list. The background then checks the rules between
 * fields and rows again (`recheckImportRows`).
 */
export const importRowsSchema = z.custom<ImportRow[]>(Array.isArray).check(
  z.minLength(1),
  z.maxLength(MAX_IMPORT_ROWS, { abort: true }),
  z.check<ImportRow[]>((payload) => {
    payload.value = payload.value.map((row, index) => {
      const parsed = importRowSchema.safeParse(row);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        payload.issues.push({ ...issue, path: [index, ...issue.path] } as z.core.$ZodRawIssue);
      }
      return row;
    });
  }),
);

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
