import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, type ImportRow, parseImportFile } from '@/lib/domain/import-export';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PROFILE_KINDS, type Profile, profileIdentity, profileSchema } from '@/lib/domain/profile';
import { platform } from '@/lib/platforms';
import { openDatabase } from '@/lib/storage/db';
import { deleteAllData, newProfile, putProfiles } from '@/lib/storage/profile-repository';
import { getToken, putToken } from '@/lib/storage/token-vault';
import { backgroundFor, testClock } from '../background/context';
import { dumpDatabase } from './database-dump';

/**
 * Import files as the options page does: read with `parseImportFile` (its own properties are in
 * tests/unit/import-export), the rows sent in the background's `import` message: a file is either refused
 * with issues and nothing written, or accepted and then the database holds exactly the profiles the file
 * describes, merged by identity, tokens in the vault.
 */
const clock = testClock('2026-11-26T12:00:00Z');
const SEED_TOKEN = 'SEEDTOKEN-import-0001';

const EXISTING = [
  { platform: 'facebook', name: 'Acme Coffee', kind: 'page', handle: 'acmecoffee' },
  { platform: 'linkedin', name: 'Acme Ltd' },
  { platform: 'x', name: 'Acme on X', handle: 'acme', notes: 'kept across imports' },
] as const;

async function reset(): Promise<void> {
  await deleteAllData();
  const profiles = EXISTING.map((input, i) => newProfile(input, clock.now(), `existing-${i}`));
  await putToken('existing-0', SEED_TOKEN, clock.now());
  await putProfiles([{ ...profiles[0]!, hasToken: true }, ...profiles.slice(1)]);
}

const names = fc.oneof(
  fc.constantFrom('Acme Coffee', 'acme coffee ', 'Acme Ltd', 'Acme on X', 'Beans & Co', 'Ünïcödé “quoted”'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'"-]{0,30}$/),
);
const iso = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Connection dates up to the day before the test clock (2026-11-26): a later one is refused. */
const pastIso = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-11-25T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const anyRow = fc.record(
  {
    platform: fc.constantFrom(...PLATFORM_IDS),
    name: names,
    kind: fc.constantFrom(...PROFILE_KINDS),
    handle: fc.oneof(fc.constantFrom('acmecoffee', '@acme', 'acme'), fc.stringMatching(/^[a-z0-9_.]{1,15}$/)),
    publisher: fc.constantFrom('Circleboom Publish', 'Buffer'),
    reconnectUrl: fc.constantFrom('https://example.com/accounts', 'javascript:alert(1)'),
    connectedAt: fc.oneof(pastIso, fc.constantFrom('2026-10-01', 'yesterday')),
    expiresAt: iso,
    accessToken: fc.stringMatching(/^[A-Za-z0-9]{8,24}$/).map((s) => `TKN-${s}`),
  },
  { requiredKeys: ['platform', 'name'] },
);
/** Tokens only where the platform has a live check: an import refuses the others (row-validation.ts). */
const row = anyRow.map(({ accessToken, ...rest }) =>
  accessToken !== undefined && platform(rest.platform).liveCheck ? { ...rest, accessToken } : rest,
);
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

const csvCell = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`;
function toCsv(rows: Row[]): string {
  const header = CONTRACT_FIELDS.join(',');
  const lines = rows.map((r) =>
    CONTRACT_FIELDS.map((f) => csvCell((r as Record<string, unknown>)[f])).join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

const wellFormedFile = fc
  .tuple(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom('json', 'csv'))
  .map(([rows, format]) =>
    format === 'json'
      ? {
          fileName: 'profiles.json',
          text: JSON.stringify({ format: 'reconnect-radar', version: 1, profiles: rows }),
        }
      : { fileName: 'profiles.csv', text: toCsv(rows) },
  );

/** A good file with a slice cut out or junk put in: truncated downloads, hand edits, wrong encodings. */
const damagedFile = fc
  .tuple(wellFormedFile, fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }))
  .map(([file, at, cut, junk]) => {
    const i = at % (file.text.length + 1);
    return { ...file, text: file.text.slice(0, i) + junk + file.text.slice(i + cut) };
  });

const randomFile = fc.record({
  fileName: fc.oneof(fc.constantFrom('a.json', 'a.csv', 'a.txt', 'export', ''), fc.string({ maxLength: 20 })),
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json({ maxDepth: 3 }),
    fc
      .anything({ maxDepth: 3 })
      .map((v) => JSON.stringify({ format: 'reconnect-radar', version: 1, profiles: v }) ?? ''),
    fc
      .array(fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }), { maxLength: 5 })
      .map((rows) => ['platform,name', ...rows.map((r) => r.join(','))].join('\n')),
  ),
});

/** The profile fields of the contract (the token is checked in the vault, not on the profile). */
const CONTRACT = CONTRACT_FIELDS.filter((field) => field !== 'accessToken');

/** What the database must hold after `rows` were imported into `before`: by identity, later rows win. */
function expectedAfter(before: Profile[], rows: ImportRow[]) {
  const byIdentity = new Map<string, { fields: Record<string, unknown>; token?: string; existed: boolean }>();
  for (const p of before) byIdentity.set(profileIdentity(p), { fields: { ...p }, existed: true });
  let created = 0;
  let updated = 0;
  for (const { row: _row, accessToken, ...input } of rows) {
    const key = profileIdentity(input);
    const current = byIdentity.get(key);
    if (current) updated++;
    else created++;
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    byIdentity.set(key, {
      fields: { ...current?.fields, ...defined },
      token: accessToken ?? current?.token,
      existed: current?.existed ?? false,
    });
  }
  return { byIdentity, created, updated };
}

async function importAndCheck(file: { fileName: string; text: string }): Promise<'accepted' | 'refused'> {
  await reset();
  const bg = backgroundFor(clock);
  const db = await openDatabase();
  const before = await dumpDatabase();
  const profilesBefore = (await db.getAll('profiles')).map((p) => profileSchema.parse(p));
  // The options page reads the file (with the background's clock: a later connectedAt is refused, and zone)
  // and sends its rows only when the whole file is valid; the background checks them again.
  const parsed = parseImportFile(file.fileName, file.text, {
    now: clock.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  if (!parsed.ok) {
    expect(parsed.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(parsed.issues)).not.toContain(SEED_TOKEN);
    expect(await dumpDatabase()).toBe(before);
    return 'refused';
  }
  const response = await bg.request({ type: 'import', rows: parsed.rows });
  const answer = JSON.stringify(response);
  expect(answer).not.toContain(SEED_TOKEN);

  for (const r of parsed.rows) if (r.accessToken) expect(answer).not.toContain(r.accessToken);
  expect(response).toMatchObject({ ok: true });
  const { byIdentity, created, updated } = expectedAfter(profilesBefore, parsed.rows);
  expect(response.ok && response.data).toEqual({ created, updated });

  const after = (await db.getAll('profiles')).map((p) => profileSchema.parse(p));
  expect(after).toHaveLength(profilesBefore.length + created);
  for (const stored of after) {
    const expected = byIdentity.get(profileIdentity(stored));
    expect(expected, `unexpected profile ${stored.name}`).toBeDefined();
    for (const field of CONTRACT) {
      expect((stored as Record<string, unknown>)[field], field).toEqual(expected!.fields[field]);
    }
    expect(await getToken(stored.id)).toBe(
      expected!.token ?? (stored.id === 'existing-0' ? SEED_TOKEN : undefined),
    );
    expect(stored.hasToken).toBe((await getToken(stored.id)) !== undefined);
  }
  return 'accepted';
}

describe('import files through the options page and the background', { timeout: 60_000 }, () => {
  it('a well-formed file is applied exactly: new profiles added, known ones updated, tokens stored', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(wellFormedFile, async (file) => {
        outcomes[await importAndCheck(file)]++;
      }),
      { numRuns: 250 },
    );
    // Both branches are exercised: bad dates and URLs or duplicate rows get refused, the rest accepted.
    // About 16 % are accepted (≈ 40 of 250); a floor of 5 proves both branches ran without being left to chance.
    expect(outcomes.accepted).toBeGreaterThanOrEqual(5);
    expect(outcomes.refused).toBeGreaterThanOrEqual(5);
  });

  it('a damaged file is refused with issues and the database unchanged, or applied exactly', async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async (file) => {
        await importAndCheck(file);
      }),
      { numRuns: 250 },
    );
  });

  it('random text and JSON values are refused with issues and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(randomFile, async (file) => {
        await importAndCheck(file);
      }),
      { numRuns: 300 },
    );
  });
});
