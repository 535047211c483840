/**
 * The host-permission pattern a self-hosted tool's address needs (`https://social.example.com/*`), or
 * `undefined` when the address is on one of the tool's fixed API hosts (already in the manifest) or is not
 * an http(s) address at all.
 */
export function selfHostedOrigin(
  baseUrl: string | undefined,
  fixedHosts: readonly string[],
): string | undefined {
  if (!baseUrl || !URL.canParse(baseUrl)) return undefined;
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return fixedHosts.includes(url.host) ? undefined : `${url.protocol}//${url.host}/*`;
}
