// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BANNER_HOST_TAG, createBannerHost } from '@/lib/content/banner-host';

function mounted() {
  const content = document.createElement('section');
  const button = document.createElement('button');
  content.append(button);
  const host = createBannerHost(document, content, '.rr { color: red; }');
  document.body.replaceChildren(host);
  return { host, content, button };
}

describe('the banner’s host element', () => {
  it('holds the banner in a closed shadow root the page cannot open', () => {
    const { host, content } = mounted();
    expect(host.tagName.toLowerCase()).toBe(BANNER_HOST_TAG);
    expect(host.shadowRoot).toBeNull();
    expect(host.contains(content)).toBe(false);
    expect(content.isConnected).toBe(true);
    const style = content.parentNode?.firstChild as HTMLStyleElement;
    expect(style.textContent).toBe(':host{all:initial!important}.rr { color: red; }');
  });

  it('keeps the keys pressed in the banner from the page’s own shortcuts, and lets clicks through', () => {
    const { button } = mounted();
    const keys = vi.fn();
    const clicks = vi.fn();
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, keys);
    document.addEventListener('click', clicks);
    for (const type of ['keydown', 'keyup', 'keypress']) {
      button.dispatchEvent(new KeyboardEvent(type, { key: 'j', bubbles: true, composed: true }));
    }
    button.click();
    expect(keys).not.toHaveBeenCalled();
    expect(clicks).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(keys).toHaveBeenCalledTimes(1);
  });
});
