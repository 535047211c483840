/**
 * The host-permission pattern a self-hosted tool's address needs (`https://social.example.com/*`), or
 * `undefined` when the address is on one of the tool's fixed API hosts (already in the manifest) or is not
 * an https address (an http one is refused before any prompt: the key would travel in clear).
 */
export function selfHostedOrigin(
  baseUrl: string | undefined,
  fixedHosts: readonly string[],
): string | undefined {
  if (!baseUrl || !URL.canParse(baseUrl)) return undefined;
  const url = new URL(baseUrl);
  // Only https: a key is never sent in clear, so an http address is refused before any permission is asked.
  if (url.protocol !== 'https:') return undefined;
  return fixedHosts.includes(url.host) ? undefined : `https://${url.host}/*`;
}
