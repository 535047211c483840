import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { apiHostPermissions } from './lib/platforms';
import { sourceHostPermissions } from './lib/sources';

/**
 * Content scripts get WXT's own `browser` (`wxt/dist/browser.mjs`: the native `browser` where it exists, else
 * `chrome`) instead of webextension-polyfill, which the module below aliases `wxt/browser` to for every build.
 * They call only `runtime.connect`, `runtime.sendMessage`, `runtime.id` and `i18n.*`: Chrome's MV3 `chrome.*`
 * and Firefox's native `browser.*` both give those with promises, and the background's `onMessage` stays
 * polyfill-wrapped, so a handler's returned promise is still the reply. The polyfill is 9.6 kB of every
 * Facebook page load (docs/architecture.md, "Toolchain facts"). Background and pages keep it.
 */
const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

function contentScriptsWithoutPolyfill(entrypoints: readonly { type: string }[], config: InlineConfig) {
  if (!entrypoints.every((e) => e.type === 'content-script')) return;
  config.resolve ??= {};
  const alias = config.resolve.alias ?? {};
  config.resolve.alias = Array.isArray(alias)
    ? [{ find: 'wxt/browser', replacement: nativeBrowser }, ...alias]
    : { ...alias, 'wxt/browser': nativeBrowser };
}

/**
 * The popup's stylesheets go into popup.html as `<style>` elements instead of `<link>`s: a module script waits
 * for every stylesheet before it, so each separate file was one more fetch between opening the popup and its
 * first `get-state` (with 1,000 profiles every millisecond before the first row counts, see the README's bench
 * table). Inline, the styles still apply before the first paint, dark theme included. The extension pages'
 * CSP (`script-src 'self'`) says nothing of styles. A file no other page links to is then dropped.
 */
function popupStylesInline(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'reconnect-radar:popup-styles-inline',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/entrypoints\/popup\/index\.html$/.test(ctx.filename)) return html;
        const bundle = ctx.bundle;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            inlined.add(file);
            return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style>`;
          },
        );
      },
    },
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      for (const file of inlined) {
        if (!html.some((h) => h.type === 'asset' && String(h.source).includes(`/${file}"`)))
          delete bundle[file];
      }
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: { 'vite:build:extendConfig': contentScriptsWithoutPolyfill },
  // Lets parallel builds (benchmarks, several test runs) use their own folder.
  outDir: process.env.WXT_OUT_DIR || '.output',
  // The sources zip AMO's reviewers rebuild from (docs/store/firefox-amo.md): WXT already leaves out
  // node_modules, dot-files, the output and `*.test.*` files; the tests' helpers and fixtures, the benchmarks
  // and the docs' pictures are not needed to build either (the icons in public/ are).
  zip: { excludeSources: ['tests/**', 'bench/**', 'docs/**/*.png'] },
  vite: () => ({
    plugins: [preact(), popupStylesInline()],
    // Terser with three passes packs every entry about 5% smaller (gzip) than esbuild's minifier; what the
    // browser loads on every Facebook page and every popup open is what the size budgets (npm run bench) hold.
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox does not accept `identity` as an optional permission (web-ext lint: "Invalid
    // optional_permissions"): there it is asked for up front, and used only when the person signs in.
    permissions:
      manifestVersion === 2 ? ['alarms', 'notifications', 'identity'] : ['alarms', 'notifications'],
    // Live checks call each platform's own "who am I" endpoint and nothing else; syncs call the publishing
    // tools' fixed API hosts (Buffer, Ayrshare, Publer, Postiz's cloud).
    host_permissions: [...apiHostPermissions(), ...sourceHostPermissions()],
    // A self-hosted tool (Mixpost, Postiz) lives at an address known only when the person connects it:
    // that one origin is asked for at the click that connects it, never granted up front.
    // MV2 (Firefox) has no optional_host_permissions: there origins are optional_permissions.
    // `identity` (the browser's sign-in window, for Hootsuite) is asked for at the click that signs in.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'], optional_permissions: ['identity'] }),
    externally_connectable: browser === 'firefox' ? undefined : { ids: [] },
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'reconnect-radar@reconnect-radar.app',
              strict_min_version: '142.0',
              // Tokens and API keys go to their own platform or tool (docs/store/firefox-amo.md).
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          }
        : undefined,
  }),
});
