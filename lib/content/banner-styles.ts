/**
 * The banner's CSS, inside the closed shadow root. `createBannerHost` puts `:host { all: initial }` before it,
 * so the page's inherited styles stop at the host; nothing here can reach the page.
 * - The host is an inline element whose only content is this fixed bar: it takes no room in the page.
 * - The bar is `position: fixed` at the bottom: it never moves the page's layout and never covers a site's
 *   top navigation. Sizes are in px, not rem: rem follows the page's root font size.
 */
export const BANNER_CSS = `
.rr {
  position: fixed; left: 12px; right: 12px; bottom: 12px; z-index: 2147483646;
  box-sizing: border-box; max-width: 760px; max-height: 60vh; overflow: auto; margin: 0 auto;
  padding: 12px 16px; border: 1px solid #c4c7cc; border-left: 6px solid #b3261e; border-radius: 10px;
  background: #ffffff; color: #1c1e21; color-scheme: light;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
}
.rr * { box-sizing: border-box; font: inherit; color: inherit; }
.rr-heading { margin: 0 0 8px; font-weight: 700; font-size: 15px; }
.rr-list { list-style: none; margin: 0; padding: 0; }
.rr-row { display: flex; align-items: center; gap: 10px; padding: 6px 0; border-top: 1px solid #e4e6eb; }
.rr-mark {
  flex: none; width: 22px; height: 22px; border-radius: 50%; display: inline-flex;
  align-items: center; justify-content: center; font-weight: 700; color: #ffffff; background: #b3261e;
}
.rr-row[data-status="expiring"] .rr-mark { background: #8a5300; }
.rr-text { flex: 1; min-width: 0; display: flex; flex-wrap: wrap; column-gap: 8px; }
.rr-name { font-weight: 700; overflow-wrap: anywhere; }
.rr-meta, .rr-reason { color: #4b4f56; }
.rr-reason { flex-basis: 100%; }
.rr-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; justify-content: flex-end; }
.rr-button {
  display: inline-flex; align-items: center; min-height: 32px; padding: 4px 12px; margin: 0;
  border: 1px solid #8d949e; border-radius: 6px; background: #f0f2f5; color: #1c1e21;
  font-weight: 600; text-decoration: none; cursor: pointer; white-space: nowrap;
  /* German and French labels run long: a label wider than the bar wraps inside its button. */
  max-width: 100%; box-sizing: border-box;
}
@media (max-width: 480px) { .rr-button { white-space: normal; } }
.rr-button:hover { background: #e4e6eb; }
.rr-primary { background: #0b57d0; border-color: #0b57d0; color: #ffffff; }
.rr-primary:hover { background: #0842a0; }
.rr-button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.rr-button[hidden] { display: none; }
.rr-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; margin: -1px; padding: 0; border: 0;
}
@media (prefers-color-scheme: dark) {
  .rr { background: #242526; color: #e4e6eb; border-color: #4a4d52; border-left-color: #f2b8b5; color-scheme: dark; }
  .rr-row { border-top-color: #3a3b3c; }
  .rr-mark { background: #f2b8b5; color: #410e0b; }
  .rr-row[data-status="expiring"] .rr-mark { background: #ffb95c; color: #2e1500; }
  .rr-meta, .rr-reason { color: #b0b3b8; }
  .rr-button { background: #3a3b3c; border-color: #6b6f76; color: #e4e6eb; }
  .rr-button:hover { background: #4e4f50; }
  .rr-primary { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
  .rr-primary:hover { background: #d3e3fd; }
  .rr-button:focus-visible { outline-color: #a8c7fa; }
}
@media (forced-colors: active) {
  .rr { border: 2px solid CanvasText; }
  .rr-mark { forced-color-adjust: none; }
}
`;
