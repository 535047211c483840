/**
 * A username as `profileIdentity` (lib/domain/profile.ts) compares it: trimmed, no leading @, lower case.
 * Text with spaces is a display name, not a handle: `undefined`.
 */
export function normaliseHandle(raw: string | undefined): string | undefined {
  const handle = raw?.trim().replace(/^@/, '').toLowerCase();
  return handle && !/\s/.test(handle) ? handle.slice(0, 200) : undefined;
}

/** A display name within the profile schema's limit (200). */
export function displayName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  return name.length > 200 ? name.slice(0, 200) : name;
}
