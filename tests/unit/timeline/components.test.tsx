// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryStrip } from '@/components/options/history-strip';
import { SettingsForm } from '@/components/options/settings-form';
import { TimelineView } from '@/components/options/timeline/timeline-view';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/domain/settings';
import { layoutTimeline, type TimelineProfile } from '@/lib/domain/timeline';
import type { Status } from '@/lib/domain/token-status';
import { renderWithI18n } from '../components/render';

const NOW = new Date('2026-12-01T12:00:00Z');
const p = (id: string, platform: TimelineProfile['platform'], status: Status, expiresAt?: string | null) => ({
  id,
  name: id,
  platform,
  verdict: {
    status,
    snoozed: false,
    expiresAt: expiresAt === undefined ? undefined : expiresAt === null ? null : new Date(expiresAt),
  },
});

function renderTimeline(onOpen = vi.fn()) {
  const layout = layoutTimeline({
    now: NOW,
    days: 60,
    warnDays: 7,
    timeZone: 'UTC',
    profiles: [
      p('Acme Coffee', 'facebook', 'expiring', '2026-12-04T09:00:00Z'),
      p('Acme Roasters', 'linkedin', 'ok', '2026-12-15T09:00:00Z'),
      p('Acme TV', 'youtube', 'expired', '2026-11-28T09:00:00Z'),
      p('Acme Tweets', 'x', 'ok', null),
    ],
  });
  renderWithI18n(<TimelineView layout={layout} warnDays={7} onOpen={onOpen} onDownloadCalendar={vi.fn()} />);
  return { onOpen };
}

describe('timeline view', () => {
  it('draws one mark per dated or broken profile, shaped by status and labelled with the platform', () => {
    renderTimeline();
    const chart = screen.getByRole('img', { name: /^Chart of the connections that end in the next 60 days/ });
    const marks = chart.querySelectorAll('.tl-mark');
    expect(
      [...marks].map((m) => [m.getAttribute('data-profile-id'), m.querySelector('.tl-shape')?.tagName]),
    ).toEqual([
      ['Acme TV', 'rect'],
      ['Acme Coffee', 'polygon'],
      ['Acme Roasters', 'circle'],
    ]);
    expect([...marks].map((m) => m.querySelector('.tl-mark__platform')?.textContent)).toEqual([
      'yt',
      'f',
      'in',
    ]);
    expect(chart.querySelector('.tl-warning')).not.toBeNull();
    expect(within(chart as HTMLElement).getByText('Today')).toBeTruthy();
  });

  it('lists the same profiles by week as links to each profile, no end date apart', () => {
    renderTimeline();
    const group = (name: string) => screen.getByRole('region', { name });
    expect(within(group('Needs reconnecting now')).getByRole('link').getAttribute('href')).toBe(
      '#profile=Acme%20TV',
    );
    expect(within(group('Week of Nov 30, 2026')).getByRole('link').textContent).toContain('Acme Coffee');
    expect(within(group('Week of Dec 14, 2026')).getByRole('link').textContent).toContain('Acme Roasters');
    expect(within(group('No end date')).getByRole('link').textContent).toContain('Acme Tweets');
    expect(within(group('Week of Nov 30, 2026')).getByText(/^ends Fri, Dec 4/)).toBeTruthy();
  });

  it('opens a profile when its mark is clicked', () => {
    const { onOpen } = renderTimeline();
    const mark = document.querySelector('.tl-mark[data-profile-id="Acme Roasters"]')!;
    fireEvent.click(mark);
    expect(onOpen).toHaveBeenCalledWith('Acme Roasters');
  });
});

describe('history strip', () => {
  it('shows time, outcome and reason of each entry, including "can’t tell"', () => {
    renderWithI18n(
      <HistoryStrip
        name="Acme Coffee"
        entries={[
          { at: '2026-12-01T10:00:00Z', outcome: 'inconclusive', reason: 'unexpected-answer' },
          { at: '2026-11-30T10:00:00Z', outcome: 'transient', reason: 'network-error' },
          { at: '2026-11-29T10:00:00Z', outcome: 'invalid', reason: 'password-changed' },
          { at: '2026-11-28T10:00:00Z', outcome: 'valid' },
        ]}
      />,
    );
    const list = screen.getByRole('list', {
      name: 'Last checks and tool reports of Acme Coffee, newest first',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.history-strip__outcome')?.textContent)).toEqual([
      'No clear answer',
      'Couldn’t check',
      'Not working',
      'Working',
    ]);
    expect(items[2]!.textContent).toContain('Password changed');
    expect(items[0]!.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-01T10:00:00Z');
  });

  it('shows the newest dozen and the rest on request; says so when there is nothing yet', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 30) - i * 3_600_000).toISOString(),
      outcome: 'valid' as const,
    }));
    const { unmount } = renderWithI18n(<HistoryStrip name="Acme" entries={entries} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
    unmount();
    renderWithI18n(<HistoryStrip name="Acme" entries={[]} />);
    expect(screen.getByText(/^No checks yet/)).toBeTruthy();
  });
});

describe('timeline and digest settings', () => {
  it('saves the timeline range and the weekly digest with the other settings', () => {
    const onSave = vi.fn();
    renderWithI18n(<SettingsForm settings={DEFAULT_SETTINGS} saving={false} onSave={onSave} />);
    expect(
      (screen.getByRole('checkbox', { name: 'Weekly digest on Monday mornings' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly digest on Monday mornings' }));
    fireEvent.change(screen.getByLabelText('The timeline shows'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, timelineDays: 90, weeklyDigest: true });
  });

  it.each([
    [
      'settings stored before these fields existed',
      { warnDays: 9 },
      { timelineDays: 60, weeklyDigest: false },
    ],
    [
      'a range that is not offered',
      { timelineDays: 45, weeklyDigest: 'yes' },
      { timelineDays: 60, weeklyDigest: false },
    ],
    [
      'valid stored values',
      { timelineDays: 30, weeklyDigest: true },
      { timelineDays: 30, weeklyDigest: true },
    ],
  ])('reads %s with defaults where needed', (_what, stored, expected) => {
    expect(parseSettings(stored)).toMatchObject(expected);
  });
});
