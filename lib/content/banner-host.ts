import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The banner's host element: the only thing of ours the page can see (its shadow root is closed). */
export const BANNER_HOST_TAG = 'reconnect-radar-banner';

/**
 * Keyboard events that stop at the shadow root: the site's own shortcuts ("j"/"k", "/" to search, Escape)
 * must not fire while a person uses the banner's controls. A button's own behaviour (Enter, Space, Tab) is
 * the browser's default action and is not affected.
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * `all: initial` on the host, `!important` so that it wins over the page's own `!important` rules too (for
 * important declarations a shadow tree's `:host` rule beats the outer document's): the page's inherited
 * styles stop at the host, and its CSS cannot hide or restyle the banner.
 */
const HOST_RESET = ':host{all:initial!important}';

/**
 * The banner's host element with `content` inside a closed shadow root, styled by `css` alone. Not attached:
 * the caller puts it at the end of `<body>`. A few lines of DOM instead of WXT's `createShadowRootUi`, which
 * with its helpers weighed 8.5 kB (minified) of every page load and wrapped the content in an inner
 * `<html><body>` it does not need.
 */
export function createBannerHost(doc: Document, content: HTMLElement, css: string): HTMLElement {
  const host = doc.createElement(BANNER_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_RESET + css;
  shadow.append(style, content);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return host;
}

/**
 * Calls `then` once `<body>` exists: at once if it does, else when the parser adds it to `<html>` (a
 * MutationObserver on `<html>`'s own children, nothing deeper) or at DOMContentLoaded, whichever comes first
 * (the latter also covers a document that had no `<html>` yet when a `document_start` script ran).
 */
export function whenBody(ctx: ContentScriptContext, then: () => void): void {
  if (document.body) {
    then();
    return;
  }
  let done = false;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (done || !document.body || ctx.isInvalid) return;
    done = true;
    observer.disconnect();
    then();
  };
  if (document.documentElement) observer.observe(document.documentElement, { childList: true });
  ctx.addEventListener(document, 'DOMContentLoaded', check);
  ctx.onInvalidated(() => observer.disconnect());
}
