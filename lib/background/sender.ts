import { type Browser, browser } from 'wxt/browser';
import { bannerSiteOfUrl } from '../domain/banner-sites';
import type { BannerSite } from '../domain/settings';

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; site: BannerSite; tabId: number };

/**
 * Who sent a message: one of our own pages (by origin), or our content script in the top frame of a tab on
 * a banner site. Anything else (another extension, a frame, a page we do not serve) is nobody we talk to.
 */
export function identifySender(sender: Browser.runtime.MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  // A prefix test, not an origin comparison: non-web URLs have the opaque origin "null" in some engines.
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return { kind: 'extension-page' };
  const site = bannerSiteOfUrl(sender.url);
  if (site && sender.tab?.id !== undefined && sender.frameId === 0) {
    return { kind: 'content-script', site, tabId: sender.tab.id };
  }
  return undefined;
}
