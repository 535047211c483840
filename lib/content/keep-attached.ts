import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Puts the banner's host element back at the end of `<body>` when a single-page app replaces the body's
 * content (or the body itself). Watches only direct children of `<html>` and `<body>` — never the whole
 * subtree — so a busy feed costs nothing. In-page navigation that leaves the body alone needs nothing:
 * the banner is fixed to the viewport, not to a route. (WXT's `wxt:locationchange` is not used: where
 * the Navigation API is missing, e.g. Firefox, it polls the URL every second.)
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
}
