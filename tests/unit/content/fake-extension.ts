import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BannerProfile } from '@/lib/messaging/views';
import type messages from '@/public/_locales/en/messages.json';
import { english } from './catalogue';

type Listener = (message: unknown) => void;

/** A state port a test can talk through: `post` delivers a message, `close` drops the connection. */
export interface FakePort {
  post(message: unknown): void;
  close(): void;
  disconnect: ReturnType<typeof vi.fn>;
}

/**
 * Stands in for what fakeBrowser does not implement (ports, i18n) and for the background's answers, so the
 * content script's wiring can run in happy-dom.
 */
export function fakeExtension() {
  const ports: FakePort[] = [];
  let answer: { profiles: BannerProfile[]; total: number } = { profiles: [], total: 0 };
  const requests: { type: string }[] = [];

  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    requests.push(message);
    if (message.type === 'banner-state') return { ok: true, data: structuredClone(answer) };
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
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((
    key: keyof typeof messages,
    subs?: string[],
  ) => english.t(key, subs)) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');

  return {
    ports,
    requests,
    setAnswer(profiles: BannerProfile[], total = profiles.length) {
      answer = { profiles, total };
    },
  };
}
