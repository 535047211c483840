import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BannerEntry, bannerText } from '@/lib/background/banner-text';
import { BANNER_SITE_PLATFORMS } from '@/lib/domain/banner-sites';
import type { BannerSite } from '@/lib/domain/settings';
import { english } from './catalogue';

type Listener = (message: unknown) => void;

/** A state port a test can talk through: `post` delivers a message, `close` drops the connection. */
export interface FakePort {
  post(message: unknown): void;
  close(): void;
  disconnect: ReturnType<typeof vi.fn>;
}

/**
 * Stands in for what fakeBrowser does not implement (ports) and for the background's answers, so the
 * content script's wiring can run in happy-dom.
 */
export function fakeExtension() {
  const ports: FakePort[] = [];
  let selection: { profiles: BannerEntry[]; total: number } = { profiles: [], total: 0 };
  const requests: { type: string; site?: BannerSite }[] = [];

  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    site?: BannerSite;
  }) => {
    requests.push(message);
    if (message.type === 'banner-state') {
      // The background's answer: the banner already in words.
      const platforms = BANNER_SITE_PLATFORMS[message.site ?? 'facebook'];
      return { ok: true, data: { banner: bannerText(structuredClone(selection), platforms, english) } };
    }
    return { ok: true, data: {} };
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => {
    const onMessage: Listener[] = [];
    const onDisconnect: (() => void)[] = [];
    const port: FakePort = {
      post: (m) => {
        for (const l of onMessage) l(m);
      },
      close: () => {
        for (const l of onDisconnect) l();
      },
      disconnect: vi.fn(),
    };
    ports.push(port);
    return {
      name: 'state-changes',
      onMessage: { addListener: (l: Listener) => onMessage.push(l) },
      onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
      disconnect: port.disconnect,
      postMessage: vi.fn(),
    };
  }) as never);
  // The page's side has no words of its own: a call here would block the page on the catalogue.
  const i18nCalls = [
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue(''),
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en'),
  ];

  return {
    ports,
    requests,
    /** How many times the content script asked the extension's i18n (never, on any path). */
    i18nCalls: () => i18nCalls.reduce((n, spy) => n + spy.mock.calls.length, 0),
    setAnswer(profiles: BannerEntry[], total = profiles.length) {
      selection = { profiles, total };
    },
  };
}
