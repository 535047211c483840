// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import type { StateSnapshot } from '@/lib/messaging/views';
import { profileView } from '../components/render';

const sent: unknown[] = [];
const answers: ((s: StateSnapshot) => void)[] = [];
vi.mock('@/lib/messaging/client', () => ({
  send: (request: unknown) => {
    sent.push(request);
    return new Promise<StateSnapshot>((resolve) => answers.push(resolve));
  },
}));

const { requestStateEarly, useSnapshot } = await import('@/lib/ui/use-snapshot');

afterEach(cleanup);

// The state port: nothing is announced in this test.
const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined });
vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(
  () => ({ onMessage: listeners(), onDisconnect: listeners(), disconnect: () => undefined }) as never,
);

const snapshotOf = (names: string[], partial?: StateSnapshot['partial']): StateSnapshot => ({
  profiles: names.map((name) => profileView({ id: name, name })),
  settings: DEFAULT_SETTINGS,
  now: '2026-11-26T12:00:00.000Z',
  quarantined: 0,
  ...(partial ? { partial } : {}),
});

describe('useSnapshot after a first answer of a few rows', () => {
  it('shows the first answer, then reads and shows the whole list', async () => {
    requestStateEarly(2);
    const seen: (StateSnapshot | undefined)[] = [];
    function Probe() {
      seen.push(useSnapshot().snapshot);
      return null;
    }
    render(<Probe />);
    expect(sent).toEqual([{ type: 'get-state', first: 2 }]);
    const counts = { total: 3, broken: 0, expiring: 0, unknown: 0, snoozed: 0 };
    answers.shift()!(snapshotOf(['a', 'b'], { counts, anyToken: false }));
    // The whole list is asked for as soon as the first answer is in.
    await waitFor(() => expect(sent).toEqual([{ type: 'get-state', first: 2 }, { type: 'get-state' }]));
    expect(seen.at(-1)?.profiles.map((p) => p.id)).toEqual(['a', 'b']);
    answers.shift()!(snapshotOf(['a', 'b', 'c']));
    await waitFor(() => expect(seen.at(-1)?.profiles.map((p) => p.id)).toEqual(['a', 'b', 'c']));
    expect(seen.at(-1)?.partial).toBeUndefined();
    // No third read: a whole answer ends the loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(2);
  });
});

describe('useSnapshot asks for the whole list only after the first rows are painted', () => {
  /** A page that asked for 2 rows early, rendered, and has them: 2 of 3 profiles. */
  function openWithFirstAnswer() {
    sent.length = 0;
    answers.length = 0;
    requestStateEarly(2);
    function Probe() {
      useSnapshot();
      return null;
    }
    render(<Probe />);
    const counts = { total: 3, broken: 0, expiring: 0, unknown: 0, snoozed: 0 };
    answers.shift()!(snapshotOf(['a', 'b'], { counts, anyToken: false }));
  }

  it('waits for the next frame (the background would build the whole list while the page renders)', async () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((cb) => {
      frames.push(cb);
      return frames.length;
    });
    openWithFirstAnswer();
    await vi.waitFor(() => expect(frames).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toHaveLength(1);
    frames.shift()!(performance.now());
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'get-state', first: 2 }, { type: 'get-state' }]));
    answers.shift()!(snapshotOf(['a', 'b', 'c']));
    raf.mockRestore();
  });

  it('asks all the same within 100 ms when the page paints nothing (hidden)', async () => {
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    openWithFirstAnswer();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(sent).toHaveLength(1);
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 500 });
    answers.shift()!(snapshotOf(['a', 'b', 'c']));
  });
});
