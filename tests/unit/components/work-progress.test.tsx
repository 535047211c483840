// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { PopupView } from '@/components/popup/popup-view';
import { ANNOUNCE_MS, ProgressAnnouncer } from '@/components/progress/progress-announcer';
import { progressText } from '@/components/progress/progress-text';
import { shownWork, WorkProgress } from '@/components/progress/work-progress';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import type { WorkProgress as Work } from '@/lib/messaging/progress';
import { i18n, NOW, profileView, renderWithI18n } from './render';

afterEach(() => {
  vi.useRealTimers();
});

const pass = (overrides: Partial<Work> = {}): Work => ({
  kind: 'check',
  phase: 'running',
  done: 240,
  total: 1000,
  broken: 3,
  startedAt: '2026-11-20T11:59:00.000Z',
  ...overrides,
});

/** The bar as a page renders it: rerendered with the same catalogue. */
const bar = (work: Work, onStop = vi.fn()) => (
  <I18nContext.Provider value={i18n}>
    <WorkProgress work={work} onStop={onStop} />
  </I18nContext.Provider>
);

describe('progress of long work', () => {
  it.each<[string, Partial<Work>, string]>([
    ['a running pass with broken connections', {}, 'Checking 240 of 1,000 · 3 need reconnecting so far'],
    ['one broken connection', { broken: 1 }, 'Checking 240 of 1,000 · 1 needs reconnecting so far'],
    ['none broken yet', { broken: 0 }, 'Checking 240 of 1,000'],
    [
      'stopping',
      { phase: 'stopping', broken: 0 },
      'Stopping at 240 of 1,000: the checks under way are finishing',
    ],
    ['stopped', { phase: 'stopped' }, 'Stopped at 240 of 1,000 · 3 need reconnecting'],
    ['done', { phase: 'done', done: 1000, broken: 0 }, 'Checked 1,000 of 1,000'],
    ['a sync', { kind: 'sync', done: 1, total: 3, broken: 0 }, 'Syncing publishing tools: 1 of 3'],
    [
      'an import',
      { kind: 'import', phase: 'stopped', done: 500, total: 4000, broken: 0 },
      'Import stopped at 500 of 4,000 rows: nothing was imported',
    ],
  ])('says it in words: %s', (_, overrides, text) => {
    expect(progressText(i18n, pass(overrides))).toBe(text);
  });

  it('is a progressbar with its value, maximum, name and the counts as text, and a Stop button', () => {
    const onStop = vi.fn();
    renderWithI18n(<WorkProgress work={pass()} onStop={onStop} />);
    const bar = screen.getByRole('progressbar', { name: 'Checking profiles' });
    expect(bar.getAttribute('aria-valuenow')).toBe('240');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');
    expect(bar.getAttribute('aria-valuetext')).toBe('Checking 240 of 1,000 · 3 need reconnecting so far');
    // The words are on screen: the bar's colour is never the only signal.
    expect(screen.getAllByText('Checking 240 of 1,000 · 3 need reconnecting so far')[0]!.tagName).toBe('P');
    fireEvent.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(onStop).toHaveBeenCalledWith('check');
  });

  it('while stopping, the Stop button is off; once stopped, no bar and no button, the words stay', () => {
    const { rerender } = render(bar(pass({ phase: 'stopping' })));
    expect((screen.getByRole('button', { name: 'Stop checking' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(bar(pass({ phase: 'stopped', endedAt: NOW.toISOString() })));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByText('Stopped at 240 of 1,000 · 3 need reconnecting').length).toBeGreaterThan(0);
  });

  it('tells screen readers politely: empty at first, then at once for a new phase, counts at most every ten seconds', async () => {
    vi.useFakeTimers();
    const say = (work: Work[]) => (
      <I18nContext.Provider value={i18n}>
        <ProgressAnnouncer work={work} />
      </I18nContext.Provider>
    );
    const { rerender, container } = render(say([]));
    const live = container.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    rerender(say([pass()]));
    expect(live.textContent).toBe('Checking 240 of 1,000 · 3 need reconnecting so far');
    rerender(say([pass({ done: 250 })]));
    rerender(say([pass({ done: 260 })]));
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_MS - 1000);
    });
    expect(live.textContent).toBe('Checking 240 of 1,000 · 3 need reconnecting so far');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(live.textContent).toBe('Checking 260 of 1,000 · 3 need reconnecting so far');
    rerender(say([pass({ done: 270, phase: 'stopping', broken: 0 })]));
    expect(live.textContent).toBe('Stopping at 270 of 1,000: the checks under way are finishing');
    // The bar itself holds no live region: one voice per page.
    const { container: barOnly } = render(bar(pass()));
    expect(barOnly.querySelector('[aria-live]')).toBeNull();
  });

  it('shows running work, finished work for a minute, stopped work for ten', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    const work = [
      pass(),
      pass({ kind: 'sync', phase: 'done', endedAt: '2026-11-20T11:58:00Z' }),
      pass({ kind: 'import', phase: 'stopped', endedAt: '2026-11-20T11:55:00Z' }),
    ];
    expect(shownWork(work, now).map((w) => w.kind)).toEqual(['check', 'import']);
    expect(shownWork(work, Date.parse('2026-11-20T11:58:30Z')).map((w) => w.kind)).toEqual([
      'check',
      'sync',
      'import',
    ]);
    expect(shownWork(work, now + 6 * 60_000).map((w) => w.kind)).toEqual(['check']);
    expect(shownWork(work, now, ['check', 'sync']).map((w) => w.kind)).toEqual(['check']);
  });

  it('the popup shows the bar under its summary and Check all stays busy while a pass runs', () => {
    const onStop = vi.fn();
    renderWithI18n(
      <PopupView
        snapshot={{
          profiles: [profileView({ hasToken: true })],
          settings: DEFAULT_SETTINGS,
          now: NOW.toISOString(),
          quarantined: 0,
        }}
        checking={new Set()}
        progress={[pass()]}
        onStop={onStop}
        onCheckAll={vi.fn()}
        onCheck={vi.fn()}
        onSnooze={vi.fn()}
        onUnsnooze={vi.fn()}
        onMarkReconnected={vi.fn()}
        onOpenOptions={vi.fn()}
        onRetry={vi.fn()}
      />,
    );
    expect(screen.getByRole('progressbar', { name: 'Checking profiles' })).toBeTruthy();
    const checkAll = screen.getByRole('button', { name: 'Checking all…' }) as HTMLButtonElement;
    expect(checkAll.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(onStop).toHaveBeenCalledWith('check');
  });
});
