import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Puts the banner's host element back at the end of `<body>` when a single-page app replaces the body's
 * content (or the body itself). Watches only direct children of `<html>` and `<body>` — never the whole
 * subtree — so a busy feed costs nothing. In-page navigation that leaves the body alone needs nothing:
 * the banner is fixed to the viewport, not to a route. (WXT's `wxt:locationchange` is not used: where
 * the Navigation API is missing, e.g. Firefox, it polls the URL every second.)
 *
 * A banner attached while the page is still loading (the content script runs at `document_start`) has the
 * rest of the page parsed after it: at DOMContentLoaded it moves to the end once, so that it comes after the
 * page's own content in the reading and Tab order. Call this once `<body>` exists.
 */
export function keepAttached(ctx: ContentScriptContext, host: () => HTMLElement | undefined): void {
  let watchedBody: HTMLElement | null = null;
  const observer = new MutationObserver(() => check());

  const watch = () => {
    observer.disconnect();
    observer.observe(document.documentElement, { childList: true });
    watchedBody = document.body;
    if (watchedBody) observer.observe(watchedBody, { childList: true });
  };

  const check = () => {
    if (ctx.isInvalid) return;
    const element = host();
    if (element && document.body && element.parentNode !== document.body) document.body.append(element);
    if (watchedBody !== document.body) watch();
  };

  watch();
  ctx.onInvalidated(() => observer.disconnect());
  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', () => {
      const element = host();
      if (element && element.parentNode === document.body && element !== document.body.lastChild) {
        document.body.append(element);
      }
    });
  }
}
