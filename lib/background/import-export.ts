import { exportFileName, exportMimeType, parseImportFile, serializeExport } from '../domain/import-export';
import { type Profile, type ProfileInput, profileIdentity } from '../domain/profile';
import type { ExportResult, ImportSummary } from '../messaging/views';
import { listProfiles, newProfile, putProfiles, withInput } from '../storage/profile-repository';
import { getToken, putToken } from '../storage/token-vault';
import { HandlerError } from './handler-error';

function inputOf(profile: Profile): ProfileInput {
  const { platform, name, kind, handle, publisher, reconnectUrl, connectedAt, expiresAt, notes } = profile;
  return { platform, name, kind, handle, publisher, reconnectUrl, connectedAt, expiresAt, notes };
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Imports a JSON or CSV file all-or-nothing: every problem is reported with its row and field and nothing is
 * written unless the whole file is valid. A profile that exists already (same identity) is updated, not duplicated.
 */
export async function importProfiles(
  fileName: string,
  text: string,
  now: Date,
): Promise<{ summary: ImportSummary; tokenProfileIds: string[] }> {
  const parsed = parseImportFile(fileName, text, {
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  if (!parsed.ok) {
    throw new HandlerError(
      `The file was not imported: ${parsed.issues.length === 1 ? 'one problem' : `${parsed.issues.length} problems`} to fix first. Nothing was changed.`,
      parsed.issues,
    );
  }
  const { profiles } = await listProfiles();
  const byIdentity = new Map(profiles.map((p) => [profileIdentity(p), p]));
  const toWrite: Profile[] = [];
  const tokens: [string, string][] = [];
  let created = 0;
  let updated = 0;
  for (const { row: _row, accessToken, ...input } of parsed.rows) {
    const existing = byIdentity.get(profileIdentity(input));
    let profile: Profile;
    if (existing) {
      profile = withInput(existing, { ...inputOf(existing), ...definedFields(input) } as ProfileInput, now);
      updated++;
    } else {
      profile = newProfile(input, now);
      created++;
    }
    if (accessToken) {
      tokens.push([profile.id, accessToken]);
      const { lastCheck: _c, lastVerdict: _v, ...rest } = profile;
      profile = { ...rest, hasToken: true };
    }
    byIdentity.set(profileIdentity(profile), profile);
    toWrite.push(profile);
  }
  // Tokens first: a profile never claims a token that is not in the vault.
  for (const [id, token] of tokens) await putToken(id, token, now);
  await putProfiles(toWrite);
  return { summary: { created, updated }, tokenProfileIds: tokens.map(([id]) => id) };
}

/** Writes every profile in the import format; tokens only when the person asked for them. */
export async function exportProfiles(
  format: 'json' | 'csv',
  includeTokens: boolean,
  now: Date,
): Promise<ExportResult> {
  const { profiles: stored } = await listProfiles();
  // Oldest first, then by name: the same data always exports to the same file.
  const profiles = stored.sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      a.platform.localeCompare(b.platform) ||
      a.name.localeCompare(b.name),
  );
  let tokens: Map<string, string> | undefined;
  if (includeTokens) {
    tokens = new Map();
    for (const p of profiles) {
      if (!p.hasToken) continue;
      const token = await getToken(p.id);
      if (token) tokens.set(p.id, token);
    }
  }
  return {
    fileName: exportFileName(format, now),
    mimeType: exportMimeType(format),
    text: serializeExport(profiles, format, tokens),
  };
}
