/**
 * The base of a self-hosted instance from what the user typed: https only (the key travels in a header,
 * never in clear), no credentials, query or fragment, no trailing slash. `defaultPath` is added when the
 * address has no path (Mixpost's core path `/mixpost`); a path the user gives is kept, for instances that
 * moved it. `undefined` when the address is not usable.
 */
export function instanceBase(raw: string | undefined, defaultPath = ''): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path === '' ? defaultPath : path}`;
}
