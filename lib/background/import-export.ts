import { type ImportRow, recheckImportRows } from '../domain/import-export';
import { type Profile, profileIdentity } from '../domain/profile';
import type { ExportData, ImportSummary } from '../messaging/views';
import { writeImport } from '../storage/atomic-writes';
import { listProfiles, newProfile, withFields } from '../storage/profile-repository';
import { getToken, TokenVaultError } from '../storage/token-vault';
import { forgetChanges, newTokenChanges } from './check-bookkeeping';
import { HandlerError } from './handler-error';
import { importRun } from './import-progress';
import { catalogueLocale, translate } from './translate';

/**
 * Imports the rows of a JSON or CSV file all-or-nothing. The options page reads the file (`parseImportFile`:
 * every problem with its row and field, nothing sent unless the whole file is valid); the `import` message
 * holds its rows, each validated again at the border (`importRowsSchema`), and here the rules between fields
 * and rows are checked again: any problem refuses the whole import. A profile that exists already (same
 * identity) is updated, not duplicated.
 */
export async function importProfiles(
  rows: readonly ImportRow[],
  now: Date,
): Promise<{ summary: ImportSummary; tokenProfileIds: string[] }> {
  const issues = recheckImportRows(rows, now);
  if (issues.length) {
    throw new HandlerError(
      translate(
        new Intl.PluralRules(catalogueLocale()).select(issues.length) === 'one'
          ? 'i18n_errorImportProblemsOne'
          : 'i18n_errorImportProblemsOther',
        [new Intl.NumberFormat(catalogueLocale()).format(issues.length)],
      ),
      issues,
    );
  }
  // Tokens are sealed for the profiles they will belong to, then everything is written in one transaction
  // that applies the file to the profiles as they are then. Should a profile appear or go in between (so
  // that a sealed token no longer fits), nothing is written and the import plans again.
  // A large import shows its progress and may be stopped until its write begins (import-progress.ts).
  const run = importRun(rows.length, rows.filter((r) => r.accessToken).length, () => now);
  try {
    return await writeRows(rows, now, run);
  } catch (error) {
    run.failed();
    throw error;
  }
}

async function writeRows(rows: readonly ImportRow[], now: Date, run: ReturnType<typeof importRun>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const planned = plan(rows, (await listProfiles()).profiles, now);
    const sealed = await run.seal(planned.tokens, now);
    const tokenIds = planned.tokens.map(([id]) => id);
    const written = await writeImport(
      sealed,
      (current) => {
        const again = plan(rows, current, now, planned.ids);
        return again.ids.every((id, i) => id === planned.ids[i]) ? again.profiles : undefined;
      },
      [...forgetChanges(planned.ids), ...newTokenChanges(tokenIds, now)],
    );
    if (written) {
      run.written();
      return { summary: planned.summary, tokenProfileIds: tokenIds };
    }
  }
  throw new HandlerError(translate('i18n_errorImportChanged'));
}

/**
 * What the rows make of `stored`: the records to write, in row order, with their ids. New profiles take the
 * ids of `reuse` (an earlier plan's, whose tokens are sealed for them), else new ones.
 */
function plan(
  rows: readonly ImportRow[],
  stored: readonly Profile[],
  now: Date,
  reuse: readonly string[] = [],
) {
  const byIdentity = new Map(stored.map((p) => [profileIdentity(p), p]));
  const profiles: Profile[] = [];
  const tokens: [string, string][] = [];
  let created = 0;
  let updated = 0;
  rows.forEach(({ row: _row, accessToken, ...input }, index) => {
    const existing = byIdentity.get(profileIdentity(input));
    let profile: Profile;
    if (existing) {
      // The fields the file names, over the stored profile: its tool links, token, checks, snooze and
      // whatever the file leaves out stay as they are.
      profile = withFields(existing, input, now);
      updated++;
    } else {
      profile = newProfile(input, now, reuse[index]);
      created++;
    }
    if (accessToken) {
      tokens.push([profile.id, accessToken]);
      // A new token starts afresh: what was learnt about the old one no longer says anything.
      const { lastCheck: _c, lastVerdict: _v, inconclusiveRun: _r, ...rest } = profile;
      profile = { ...rest, hasToken: true };
    }
    byIdentity.set(profileIdentity(profile), profile);
    profiles.push(profile);
  });
  return { profiles, tokens, ids: profiles.map((p) => p.id), summary: { created, updated } };
}

/** The field an export's issue names for a stored token that cannot be read. */
export const UNREADABLE_TOKEN_FIELD = 'accessToken';

/**
 * What an export holds: every profile, in the file's order, and their tokens only when the person asked for
 * them; the options page writes the file (`exportFile`). A stored token that cannot be read stops the export
 * with the profiles named, unless the person agreed to export the others without it (`skipUnreadable`).
 */
export async function exportProfiles(includeTokens: boolean, skipUnreadable = false): Promise<ExportData> {
  const { profiles: stored } = await listProfiles();
  // Oldest first, then by name: the same data always exports to the same file.
  const profiles = stored.sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      a.platform.localeCompare(b.platform) ||
      a.name.localeCompare(b.name),
  );
  let tokens: Record<string, string> | undefined;
  if (includeTokens) {
    tokens = {};
    const unreadable: Profile[] = [];
    for (const p of profiles) {
      if (!p.hasToken) continue;
      try {
        const token = await getToken(p.id);
        if (token) tokens[p.id] = token;
      } catch (error) {
        if (!(error instanceof TokenVaultError)) throw error;
        unreadable.push(p);
      }
    }
    if (unreadable.length && !skipUnreadable) {
      const names = new Intl.ListFormat(catalogueLocale(), { type: 'conjunction' }).format(
        unreadable.map((p) => `“${p.name}”`),
      );
      throw new HandlerError(
        translate('i18n_errorExportUnreadable', [names]),
        unreadable.map((p) => ({ field: UNREADABLE_TOKEN_FIELD, message: p.name })),
      );
    }
  }
  return { profiles, tokens };
}
