/** The profile a popup URL points at: `#profile=<id>` (notifications and banners link there). */
export function profileFromHash(hash: string): string | undefined {
  const match = /^#?profile=(.+)$/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
