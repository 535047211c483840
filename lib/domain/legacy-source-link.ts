/**
 * Profiles stored before database version 4 had one `source` link; from v4 they have `sources`, one link per
 * tool-channel. This turns an old record into the new shape: the database upgrade runs it over every stored
 * profile, and the profile schema runs it on every read, so an old record that slipped past the upgrade (a
 * restored backup of the database, another writer) still reads. Pure.
 */
export function upgradeStoredProfile(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('source' in raw)) return raw;
  const { source, ...rest } = raw as Record<string, unknown>;
  if ('sources' in rest || typeof source !== 'object' || source === null) return rest;
  return { ...rest, sources: [upgradeLink(source as Record<string, unknown>)] };
}

/**
 * A v3 `locked` link meant Buffer's plan lock or, for Postiz, a disabled channel. Neither said the connection
 * works, so both become `listed` (no say over the status) with their notice; the next sync restores Buffer's
 * explicit health answer.
 */
function upgradeLink(link: Record<string, unknown>): Record<string, unknown> {
  if (link.state !== 'locked') return link;
  return { ...link, state: 'listed', notices: [link.tool === 'Postiz' ? 'disabled' : 'locked'] };
}
