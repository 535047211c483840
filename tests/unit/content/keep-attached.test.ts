// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keepAttached } from '@/lib/content/keep-attached';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  document.body.innerHTML = '<main id="app">feed</main>';
  const host = document.createElement('reconnect-radar-banner');
  document.body.append(host);
  const ctx = new ContentScriptContext('test');
  let shown: HTMLElement | undefined = host;
  keepAttached(ctx, () => shown);
  return { host, ctx, hide: () => (shown = undefined) };
}

describe('keeping the banner attached', () => {
  it('puts the banner back when a single-page app replaces the body’s content', async () => {
    const { host } = setup();
    document.body.innerHTML = '<main id="app">another page</main>';
    await settle();
    expect(host.parentNode).toBe(document.body);
    expect(document.body.lastElementChild).toBe(host);
  });

  it('follows a body that is replaced altogether', async () => {
    const { host } = setup();
    const fresh = document.createElement('body');
    fresh.innerHTML = '<main>new</main>';
    document.documentElement.replaceChild(fresh, document.body);
    await settle();
    expect(host.parentNode).toBe(fresh);
    fresh.innerHTML = '<main>again</main>';
    await settle();
    expect(host.parentNode).toBe(fresh);
  });

  it('does not bring back a banner that was hidden on purpose', async () => {
    const { host, hide } = setup();
    hide();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });

  it('stops watching once the content script is invalidated', async () => {
    const { host, ctx } = setup();
    ctx.abort('test');
    document.body.innerHTML = '';
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
