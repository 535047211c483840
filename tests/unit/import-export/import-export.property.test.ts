import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_FIELDS,
  type ImportParseResult,
  importProfileSchema,
  MAX_REPORTED_ISSUES,
  normaliseIsoDate,
  parseImportFile,
  serializeExport,
} from '@/lib/domain/import-export';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PROFILE_KINDS, type ProfileInput, profileIdentity } from '@/lib/domain/profile';
import { platform } from '@/lib/platforms';
import { english } from './english-issues';
import { IMPORT_CONTEXT } from './import-file-helpers';
import { contractFields, storedProfile } from './profile-factory';

/** Characters that break naive CSV and JSON writers, mixed with any Unicode (lone surrogates included). */
const tricky = fc.constantFrom(
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\uFEFF',
  '{',
  '[',
);
const anyChar = fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const text = (maxLength: number) =>
  fc
    .string({ unit: anyChar, minLength: 1, maxLength })
    .map((s) => s.trim().slice(0, maxLength))
    .filter((s) => s.length > 0);
const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace('.000Z', 'Z'));
const url = fc.oneof(
  fc.constantFrom('https://example.com/accounts', 'http://example.com/a?b=1&c=%22'),
  fc.webUrl({ validSchemes: ['http', 'https'] }),
);
/** Recognisable fake tokens: no fixed message text contains "TKN". */
const token = fc.stringMatching(/^[A-Za-z0-9_-]{5,40}$/).map((s) => `TKN${s}`);

const profileInput: fc.Arbitrary<ProfileInput> = fc
  .record(
    {
      platform: fc.constantFrom(...PLATFORM_IDS),
      name: text(40),
      kind: fc.constantFrom(...PROFILE_KINDS),
      handle: text(20),
      publisher: text(20),
      reconnectUrl: url,
      connectedAt: isoDate,
      expiresAt: isoDate,
      notes: text(80),
    },
    { requiredKeys: ['platform', 'name'] },
  )
  // Keep what the form would store: the schema's own output (e.g. a URL it normalises).
  .filter(
    (p) =>
      importProfileSchema.safeParse(p).success &&
      JSON.stringify(importProfileSchema.parse(p)) === JSON.stringify(p),
  );

const profileList = fc.uniqueArray(profileInput, { minLength: 1, maxLength: 12, selector: profileIdentity });
const format = fc.constantFrom('json', 'csv' as const);
const fileName = fc.constantFrom('a.json', 'a.csv', 'a', 'a.txt');

const asStored = (inputs: ProfileInput[]) => inputs.map((input, i) => storedProfile(`p${i}`, input));

/** The promise every parse keeps, whatever the input. */
function expectWellFormed(result: ImportParseResult): void {
  if (result.ok) {
    expect(result.rows.length).toBeGreaterThan(0);
    let previous = 0;
    for (const row of result.rows) {
      expect(row.row).toBeGreaterThan(previous);
      previous = row.row;
      const fields = contractFields(row);
      expect(importProfileSchema.parse(fields)).toEqual(fields);
      for (const date of [row.connectedAt, row.expiresAt]) {
        if (date !== undefined) expect(normaliseIsoDate(date, 'UTC')).toBe(date);
      }
    }
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES + 1);
    for (const issue of result.issues) {
      expect(english(issue).length).toBeGreaterThan(0);
      if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    }
  }
}

describe('parseImportFile never throws and always answers rows or issues', () => {
  it('for random text', () => {
    fc.assert(
      fc.property(fileName, fc.string({ unit: anyChar, maxLength: 200 }), (name, input) => {
        expectWellFormed(parseImportFile(name, input, IMPORT_CONTEXT));
      }),
      { numRuns: 1000 },
    );
  });

  it('for random JSON values, bare or inside the file format', () => {
    const entry = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(
        fc.oneof(fc.constantFrom(...CONTRACT_FIELDS), fc.string({ maxLength: 8 })),
        fc.jsonValue({ maxDepth: 1 }),
        {
          maxKeys: 6,
        },
      ),
    );
    const document = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        format: fc.oneof(fc.constant('reconnect-radar'), fc.jsonValue({ maxDepth: 0 })),
        version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
        profiles: fc.oneof(fc.array(entry, { maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
      }),
    );
    fc.assert(
      fc.property(document, (value) => {
        expectWellFormed(parseImportFile('a.json', JSON.stringify(value) ?? '', IMPORT_CONTEXT));
      }),
      { numRuns: 1000 },
    );
  });

  it('for valid files with random damage', () => {
    const damage = fc.oneof(
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ at: fc.nat(), insert: fc.string({ unit: anyChar, minLength: 1, maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(
        profileList,
        format,
        fc.array(damage, { minLength: 1, maxLength: 4 }),
        (profiles, fmt, damages) => {
          let file = serializeExport(asStored(profiles), fmt);
          for (const d of damages) {
            const at = d.at % (file.length + 1);
            file =
              'insert' in d
                ? file.slice(0, at) + d.insert + file.slice(at)
                : file.slice(0, at) + file.slice(at + d.remove);
          }
          expectWellFormed(parseImportFile(`a.${fmt}`, file, IMPORT_CONTEXT));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for random CSV built from quoted and unquoted cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: anyChar, maxLength: 12 }),
      fc.string({ unit: anyChar, maxLength: 12 }).map((s) => `"${s.replaceAll('"', '""')}"`),
      fc.constantFrom(...PLATFORM_IDS, '2026-10-01', 'https://example.com', '"unclosed', '"a"b'),
    );
    const header = fc.array(fc.oneof(fc.constantFrom(...CONTRACT_FIELDS), fc.string({ maxLength: 6 })), {
      minLength: 1,
      maxLength: 8,
    });
    const csv = fc
      .tuple(
        header,
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([names, rows, delimiter, eol]) => [names, ...rows].map((r) => r.join(delimiter)).join(eol));
    fc.assert(
      fc.property(csv, (file) => {
        expectWellFormed(parseImportFile('a.csv', file, IMPORT_CONTEXT));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('serializeExport then parseImportFile', () => {
  it('gives back every generated profile list unchanged, tokens included (JSON and CSV)', () => {
    fc.assert(
      fc.property(
        profileList,
        format,
        fc.array(fc.option(token, { nil: undefined })),
        (profiles, fmt, tokenList) => {
          const stored = asStored(profiles);
          const tokens = new Map<string, string>();
          stored.forEach((p, i) => {
            const t = tokenList[i];
            if (t) tokens.set(p.id, t);
          });
          const result = parseImportFile(
            `backup.${fmt}`,
            serializeExport(stored, fmt, tokens),
            IMPORT_CONTEXT,
          );
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          // Tokens of platforms without a live check are left out of an export (serialize-export.ts).
          const expected = profiles.map((p, i) => {
            const t = tokens.get(`p${i}`);
            return t && platform(p.platform).liveCheck ? { ...p, accessToken: t } : p;
          });
          expect(result.rows.map(contractFields)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('access tokens in a broken file', () => {
  it('never appear in any issue message', () => {
    const breakRow = fc.constantFrom('platform', 'kind', 'name', 'expiresAt', 'reconnectUrl', 'handle');
    fc.assert(
      fc.property(
        profileList,
        format,
        fc.array(fc.tuple(token, breakRow, fc.boolean()), { minLength: 1, maxLength: 12 }),
        (profiles, fmt, breaks) => {
          const stored = asStored(profiles);
          const tokens = new Map<string, string>();
          // Put each profile's token, or a prefix of it, where it does not belong as well.
          // On a platform whose tokens an export leaves out (no live check), the token is moved to a
          // checked one, so that every token placed elsewhere is also one the file holds.
          const broken = stored.map((p, i) => {
            const [t, field, asPrefix] = breaks[i % breaks.length]!;
            tokens.set(p.id, t);
            const withToken = platform(p.platform).liveCheck ? p : { ...p, platform: 'facebook' as const };
            return { ...withToken, [field]: asPrefix ? `${t}x` : t };
          });
          const result = parseImportFile(`a.${fmt}`, serializeExport(broken, fmt, tokens), IMPORT_CONTEXT);
          if (result.ok) return;
          for (const issue of result.issues) {
            for (const t of tokens.values()) expect(english(issue)).not.toContain(t);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
