// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BannerEntry } from '@/lib/background/banner-text';
import { BANNER_HOST_TAG, startBanner } from '@/lib/content/start-banner';
import { fakeExtension } from './fake-extension';

const acme: BannerEntry = {
  id: 'p1',
  platform: 'facebook',
  name: 'Acme Coffee',
  status: 'expired',
  reasonTitle: 'Token expired',
  reconnectUrl: 'https://publisher.example/accounts',
};

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const host = () => document.querySelector(BANNER_HOST_TAG);

let ctx: ContentScriptContext;
let n = 0;

beforeEach(() => {
  document.body.innerHTML = '<main>feed</main>';
  ctx = new ContentScriptContext(`banner-test-${n++}`);
});
afterEach(() => {
  (fakeBrowser.runtime as { id?: string }).id = 'test-extension-id';
  ctx.abort('test over');
  vi.restoreAllMocks();
});

describe('the banner on a page', () => {
  it('asks once on load and shows nothing when nothing needs attention', async () => {
    const ext = fakeExtension();
    startBanner(ctx, 'facebook');
    await settle();
    expect(ext.requests).toEqual([{ type: 'banner-state', site: 'facebook' }]);
    expect(ext.ports).toHaveLength(1);
    expect(host()).toBeNull();
  });

  it('mounts in a closed shadow root at the end of body', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'facebook');
    await settle();
    expect(host()?.parentNode).toBe(document.body);
    expect(document.body.lastElementChild).toBe(host());
    expect(host()?.shadowRoot).toBeNull();
  });

  it('re-reads its state when the background says it changed, and goes away when all is fixed', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'linkedin');
    await settle();
    expect(host()).not.toBeNull();
    ext.setAnswer([]);
    ext.ports[0]!.post({ type: 'state-changed' });
    await settle();
    expect(ext.requests.filter((r) => r.type === 'banner-state')).toHaveLength(2);
    expect(host()).toBeNull();
    ext.setAnswer([acme]);
    ext.ports[0]!.post({ type: 'state-changed' });
    await settle();
    expect(host()).not.toBeNull();
  });

  it('shows the words the background sent, and never asks the extension’s catalogue itself', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'facebook');
    await settle();
    expect(host()).not.toBeNull();
    ext.ports[0]!.post({ type: 'state-changed' });
    await settle();
    // getMessage in a page's content script blocks the page while the catalogue loads (about 20 ms).
    expect(ext.i18nCalls()).toBe(0);
  });

  it('ignores anything else on the port', async () => {
    const ext = fakeExtension();
    startBanner(ctx, 'x');
    await settle();
    ext.ports[0]!.post({ type: 'get-state' });
    ext.ports[0]!.post('state-changed');
    await settle();
    expect(ext.requests).toHaveLength(1);
  });

  it('removes itself and stops listening when the extension is updated or disabled', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'facebook');
    await settle();
    expect(host()).not.toBeNull();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    ext.ports[0]!.close();
    await settle();
    expect(ctx.isValid).toBe(false);
    expect(host()).toBeNull();
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(ext.ports).toHaveLength(1);
    expect(ext.requests).toHaveLength(1);
  });

  it('notices a moment later when the runtime id went away just after the port closed', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'facebook');
    await settle();
    ext.ports[0]!.close();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    await settle();
    expect(host()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(ctx.isValid).toBe(false);
    expect(host()).toBeNull();
  });

  it('after the service worker stops, reconnects only when the person comes back to the tab', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    startBanner(ctx, 'facebook');
    await settle();
    ext.ports[0]!.close();
    await settle();
    expect(ctx.isValid).toBe(true);
    expect(ext.ports).toHaveLength(1);
    expect(host()).not.toBeNull();
    ext.setAnswer([]);
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(ext.ports).toHaveLength(2);
    expect(host()).toBeNull();
    // Connected again: a second focus costs nothing.
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(ext.ports).toHaveLength(2);
    expect(ext.requests.filter((r) => r.type === 'banner-state')).toHaveLength(2);
  });

  it('at document_start asks at once, and mounts when <body> arrives, moving to its end at DOMContentLoaded', async () => {
    const ext = fakeExtension();
    ext.setAnswer([acme]);
    const body = document.body;
    body.remove();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    startBanner(ctx, 'facebook');
    expect(ext.requests).toEqual([{ type: 'banner-state', site: 'facebook' }]);
    expect(ext.ports).toHaveLength(1);
    await settle();
    expect(host()).toBeNull();
    document.documentElement.append(body);
    await settle();
    expect(host()?.parentNode).toBe(body);
    // The parser goes on after the banner…
    body.append(document.createElement('footer'));
    await settle();
    expect(body.lastElementChild?.tagName).toBe('FOOTER');
    // …and once the page is parsed the banner comes after the page's own content.
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(body.lastElementChild).toBe(host());
  });

  it('adds nothing to a page where nothing needs attention, even once <body> arrives', async () => {
    fakeExtension();
    const body = document.body;
    body.remove();
    startBanner(ctx, 'facebook');
    await settle();
    document.documentElement.append(body);
    await settle();
    expect(body.innerHTML).toBe('<main>feed</main>');
  });

  it('keeps to the site it runs on, whatever the page does', async () => {
    const ext = fakeExtension();
    startBanner(ctx, 'threads');
    await settle();
    expect(ext.requests).toEqual([{ type: 'banner-state', site: 'threads' }]);
  });
});
