import { browser } from 'wxt/browser';

/**
 * The extension's OAuth redirect URL, for the person to register in their own app (Hootsuite). The
 * `identity` API gives it once its optional permission is granted; before that, Chromium's is known to be
 * `https://<extension id>.chromiumapp.org/` (Chrome: identity, "getRedirectURL"). Elsewhere it is shown
 * once the permission is granted.
 */
export function extensionRedirectUrl(): string | undefined {
  try {
    const fromApi = browser.identity?.getRedirectURL();
    if (fromApi) return fromApi;
  } catch {
    // The API is not there without its permission: fall through.
  }
  const own = /^chrome-extension:\/\/([a-p]{32})\//.exec(browser.runtime.getURL('/'));
  return own ? `https://${own[1]}.chromiumapp.org/` : undefined;
}

/**
 * Asks for the optional `identity` permission (the browser's sign-in window). Must be called straight from
 * the click, before any other await: browsers only show a prompt inside the user's gesture. A prompt that
 * fails to open counts as refused, unless the permission is granted already.
 */
export async function askIdentityPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['identity'] });
  } catch {
    // Firefox has `identity` as a required permission (it cannot be optional there), and refuses to request
    // one that is not optional: it is granted already. Asked after the refusal, so no gesture is needed.
    return browser.permissions.contains({ permissions: ['identity'] }).catch(() => false);
  }
}
