// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_ROWS } from '@/components/popup/first-rows';
import { PopupView, type PopupViewProps } from '@/components/popup/popup-view';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import type { ProfileView } from '@/lib/messaging/views';
import { daysFromNow, NOW, profileView, renderWithI18n } from './render';

function renderPopup(profiles: ProfileView[], extra: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    snapshot: { profiles, settings: DEFAULT_SETTINGS, now: NOW.toISOString(), quarantined: 0 },
    checking: new Set(),
    onCheckAll: vi.fn(),
    onCheck: vi.fn(),
    onSnooze: vi.fn(),
    onUnsnooze: vi.fn(),
    onMarkReconnected: vi.fn(),
    onOpenOptions: vi.fn(),
    onRetry: vi.fn(),
    ...extra,
  };
  renderWithI18n(<PopupView {...props} />);
  return props;
}

const many = (n: number, overrides: Partial<ProfileView> = {}) =>
  Array.from({ length: n }, (_, i) => profileView({ id: `p${i}`, name: `Profile ${i}`, ...overrides }));

describe('popup view', () => {
  it.each<[string, Partial<ProfileView>[], string]>([
    [
      'counts what needs reconnecting and what is expiring',
      [{ status: 'expired' }, { status: 'disconnected' }, { status: 'expiring' }, { status: 'ok' }],
      '2 need reconnecting · 1 expiring',
    ],
    ['uses the singular for one', [{ status: 'expired' }, { status: 'ok' }], '1 needs reconnecting'],
    ['says all are fine when they are', [{}, {}, {}, {}, {}], 'All 5 connections are fine'],
    [
      'counts snoozed profiles apart from the ones needing action',
      [{ status: 'expired', snoozed: true }, { status: 'ok' }],
      '1 snoozed',
    ],
    ['does not call unknown profiles fine', [{ status: 'unknown' }, { status: 'ok' }], '1 unknown'],
  ])('summary %s', (_case, overrides, expected) => {
    renderPopup(overrides.map((o, i) => profileView({ id: `p${i}`, name: `P${i}`, ...o })));
    expect(screen.getByRole('status').textContent).toBe(expected);
  });

  it('words the summary and offers Check all from the whole list when the first answer holds a few rows', () => {
    renderPopup([profileView({ id: 'a', name: 'Dead', status: 'expired' })], {
      snapshot: {
        profiles: [profileView({ id: 'a', name: 'Dead', status: 'expired' })],
        settings: DEFAULT_SETTINGS,
        now: NOW.toISOString(),
        quarantined: 0,
        partial: { counts: { total: 40, broken: 3, expiring: 2, unknown: 0, snoozed: 0 }, anyToken: true },
      },
    });
    expect(screen.getByRole('status').textContent).toBe('3 need reconnecting · 2 expiring');
    expect(screen.getByRole('button', { name: /Check all/ })).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Dead']);
  });

  it('lists profiles most urgent first, snoozed ones below their group', () => {
    renderPopup([
      profileView({ id: 'a', name: 'Fine', status: 'ok' }),
      profileView({ id: 'b', name: 'Soon', status: 'expiring', effectiveExpiresAt: daysFromNow(3) }),
      profileView({ id: 'c', name: 'Snoozed dead', status: 'expired', snoozed: true }),
      profileView({ id: 'd', name: 'Dead', status: 'expired', effectiveExpiresAt: daysFromNow(-1) }),
      profileView({ id: 'e', name: 'Sooner', status: 'expiring', effectiveExpiresAt: daysFromNow(1) }),
    ]);
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Dead', 'Snoozed dead', 'Sooner', 'Soon', 'Fine']);
  });

  it('offers Check all only when some profile has a token', () => {
    renderPopup([profileView()]);
    expect(screen.queryByRole('button', { name: /Check all/ })).toBeNull();
  });

  it('runs Check all and shows it running', () => {
    const props = renderPopup([profileView({ hasToken: true })]);
    fireEvent.click(screen.getByRole('button', { name: /Check all/ }));
    expect(props.onCheckAll).toHaveBeenCalledOnce();
  });

  it('disables every check while Check all runs', () => {
    renderPopup([profileView({ hasToken: true })], { checking: new Set(['*']) });
    for (const button of screen.getAllByRole('button', { name: /Checking/ })) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('leads an empty list to the options page', () => {
    const props = renderPopup([]);
    expect(screen.getByRole('heading', { name: 'No profiles yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add profiles' }));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('shows why loading failed and offers to try again', () => {
    const props = renderPopup([], { snapshot: undefined, loadError: 'The background did not answer.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The background did not answer.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledOnce();
  });

  // A thousand rows are measured in Chromium (tests/e2e/popup-options.test.ts); happy-dom is slow at it.
  it('renders a screenful (FIRST_ROWS) of a long list at once and the rest soon after', async () => {
    renderPopup(many(450));
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(450), { timeout: 10_000 });
  }, 15_000);

  it('renders far enough to focus the profile named in the URL', async () => {
    renderPopup(many(500), { focusId: 'p450' });
    await waitFor(() => expect(document.activeElement?.id).toBe('profile-p450'), { timeout: 5000 });
  });
});
