// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import type { StateSnapshot } from '@/lib/messaging/views';
import { i18n, profileView } from '../components/render';

/**
 * A page whose `get-state` fails or is never answered (after an update, a request can reach a worker that
 * does not answer it: tests/e2e/update.test.ts) says what failed, tries again by itself a bounded number of
 * times, and then offers *Try again*; it never says "Loading…" for good.
 */

type Answer = { resolve(s: StateSnapshot): void; reject(e: Error): void };
const reads: Answer[] = [];
vi.mock('@/lib/messaging/client', () => ({
  send: (request: { type: string }) =>
    request.type === 'get-state'
      ? new Promise<StateSnapshot>((resolve, reject) => reads.push({ resolve, reject }))
      : new Promise(() => undefined),
}));

const { I18nContext } = await import('@/components/i18n');
const { PopupApp } = await import('@/entrypoints/popup/popup-app');
const { OptionsApp } = await import('@/entrypoints/options/options-app');
const { READ_RETRIES_MS, READ_TIMEOUT_MS } = await import('@/lib/ui/use-snapshot');

const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined });
const snapshot: StateSnapshot = {
  profiles: [profileView({ id: 'a', name: 'Acme Coffee' })],
  settings: DEFAULT_SETTINGS,
  now: '2026-11-26T12:00:00.000Z',
  quarantined: 0,
};

beforeEach(() => {
  reads.length = 0;
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(
    () => ({ onMessage: listeners(), onDisconnect: listeners(), disconnect: () => undefined }) as never,
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const page = (ui: preact.ComponentChild) =>
  render(<I18nContext.Provider value={i18n}>{ui}</I18nContext.Provider>);
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const text = () => document.body.textContent ?? '';

describe('a page whose state never comes', () => {
  it('the popup says the background did not answer, tries again, and after the last try offers Try again', async () => {
    page(<PopupApp />);
    expect(reads).toHaveLength(1);
    expect(text()).toContain('Loading…');
    await wait(READ_TIMEOUT_MS);
    expect(screen.getByRole('alert').textContent).toContain(
      'Could not load your profiles: The extension did not answer in time.',
    );
    expect(text()).toContain('Trying again…');
    expect(text()).not.toContain('Loading…');
    // Every retry after its pause and its own time-out; then no more by itself.
    for (const pause of READ_RETRIES_MS) await wait(pause + READ_TIMEOUT_MS);
    expect(reads).toHaveLength(1 + READ_RETRIES_MS.length);
    // (the once-a-minute clock refresh aside: it reads while the page is in view, failed or not)
    await wait(10_000);
    expect(reads).toHaveLength(1 + READ_RETRIES_MS.length);
    expect(text()).not.toContain('Trying again…');
    // Try again asks at once, and the answer shows.
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await wait(0);
    expect(reads).toHaveLength(2 + READ_RETRIES_MS.length);
    reads.at(-1)!.resolve(snapshot);
    await wait(0);
    expect(screen.getByRole('heading', { name: 'Acme Coffee' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a page whose first reads fail', () => {
  it('the options page shows what failed, then the profiles once a retry is answered, with no click', async () => {
    page(<OptionsApp />);
    reads[0]!.reject(new Error('Something went wrong; nothing was changed. Please try again.'));
    await wait(0);
    expect(screen.getByRole('alert').textContent).toContain(
      'Could not load your profiles: Something went wrong',
    );
    expect(text()).toContain('Trying again…');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await wait(READ_RETRIES_MS[0]);
    expect(reads).toHaveLength(2);
    reads[1]!.resolve(snapshot);
    await wait(0);
    expect(screen.queryByText(/Could not load your profiles/)).toBeNull();
    expect(text()).toContain('Acme Coffee');
  });
});
