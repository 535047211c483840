// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProfileRow, type ProfileRowProps } from '@/components/popup/profile-row';
import type { ProfileView } from '@/lib/messaging/views';
import { daysFromNow, NOW, profileView, renderWithI18n } from './render';

function renderRow(profile: ProfileView, extra: Partial<ProfileRowProps> = {}) {
  const handlers = { onCheck: vi.fn(), onSnooze: vi.fn(), onUnsnooze: vi.fn(), onMarkReconnected: vi.fn() };
  renderWithI18n(
    <ul>
      <ProfileRow profile={profile} now={NOW} checking={false} {...handlers} {...extra} />
    </ul>,
  );
  return { row: screen.getByRole('listitem', { name: profile.name }), ...handlers };
}

const buttonNames = (row: HTMLElement) =>
  within(row)
    .queryAllByRole('button')
    .map((b) => b.textContent?.split(',')[0]);

describe('popup profile row', () => {
  it.each<[string, Partial<ProfileView>, RegExp, RegExp, string | undefined]>([
    [
      'an expired connection',
      { status: 'expired', reason: 'lifetime-ended', effectiveExpiresAt: daysFromNow(-3) },
      /^Expired$/,
      /Expired 3 days ago/,
      'Connection expired',
    ],
    [
      'an expiring connection',
      { status: 'expiring', reason: 'lifetime-ending', effectiveExpiresAt: daysFromNow(5) },
      /^Expiring soon$/,
      /Expires in 5 days/,
      'Connection ending soon',
    ],
    [
      'a disconnected one',
      { status: 'disconnected', reason: 'password-changed', effectiveExpiresAt: daysFromNow(20) },
      /^Disconnected$/,
      /Would expire in 20 days/,
      'Password changed',
    ],
    [
      'one with no dates',
      { status: 'unknown', reason: 'no-dates', effectiveExpiresAt: undefined },
      /^Unknown$/,
      /Expiry unknown/,
      'Not enough information',
    ],
    [
      'one that does not expire by date',
      { status: 'ok', effectiveExpiresAt: null },
      /^OK$/,
      /Does not expire by date/,
      undefined,
    ],
  ])(
    'shows the status in words, the countdown and the reason for %s',
    (_case, overrides, status, countdown, reason) => {
      const { row } = renderRow(profileView(overrides));
      expect(within(row).getByText(status)).toBeTruthy();
      expect(row.textContent).toMatch(countdown);
      if (reason) expect(within(row).getByText(reason).tagName).toBe('STRONG');
      expect(row.textContent).toContain('Facebook · @acmecoffee · via Circleboom Publish');
    },
  );

  it('shows the remedy beside the reason title', () => {
    const { row } = renderRow(profileView({ status: 'disconnected', reason: 'admin-role-lost' }));
    expect(row.textContent).toContain('Admin role lost');
    expect(row.textContent).toContain('Get the admin role back');
  });

  it('marks a stale profile with the reason the last check failed', () => {
    const { row } = renderRow(
      profileView({
        hasToken: true,
        stale: true,
        staleReason: 'rate-limited',
        lastCheck: { at: daysFromNow(-1 / 288), outcome: 'transient', reason: 'rate-limited' },
      }),
    );
    expect(row.textContent).toContain('Couldn’t check: Platform busy · showing last known status');
    expect(row.textContent).toContain('Checked 5 minutes ago');
  });

  it('says nothing about checks for a profile never checked', () => {
    const { row } = renderRow(profileView());
    expect(row.textContent).not.toContain('Checked');
    expect(row.textContent).not.toContain('Couldn’t check');
  });

  it.each<[string, Partial<ProfileView>, string[]]>([
    ['an ok profile without a token', { status: 'ok' }, []],
    ['an ok profile with a token', { status: 'ok', hasToken: true }, ['Check now']],
    [
      'an expired profile with a token',
      { status: 'expired', hasToken: true },
      ['I reconnected it', 'Check now', 'Snooze 1 day', 'Snooze 7 days'],
    ],
    [
      'an expiring profile without a token',
      { status: 'expiring' },
      ['I reconnected it', 'Snooze 1 day', 'Snooze 7 days'],
    ],
    [
      'a snoozed profile',
      { status: 'expired', snoozed: true, snooze: { until: daysFromNow(1), status: 'expired' } },
      ['I reconnected it', 'Unsnooze'],
    ],
  ])('offers the right buttons for %s', (_case, overrides, expected) => {
    const { row } = renderRow(profileView(overrides));
    expect(buttonNames(row)).toEqual(expected);
  });

  it('marks a snoozed profile in words', () => {
    const { row } = renderRow(
      profileView({ status: 'expired', snoozed: true, snooze: { until: daysFromNow(1), status: 'expired' } }),
    );
    expect(row.textContent).toMatch(/Snoozed until/);
  });

  it('links Reconnect to the reconnect target in a new tab, named for the profile', () => {
    const { row } = renderRow(profileView({ status: 'expired' }));
    const link = within(row).getByRole('link', { name: /^Reconnect\W+Acme Coffee \(opens in a new tab\)$/ });
    expect(link.getAttribute('href')).toBe('https://example.com/accounts');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('never links a reconnect target that is not http(s)', () => {
    const { row } = renderRow(profileView({ reconnectTarget: 'javascript:alert(1)' }));
    expect(within(row).queryByRole('link')).toBeNull();
  });

  it('sends the profile id with Check now and the chosen snooze length', () => {
    const { row, onCheck, onSnooze } = renderRow(
      profileView({ id: 'abc', status: 'expired', hasToken: true }),
    );
    fireEvent.click(within(row).getByRole('button', { name: /^Check now/ }));
    fireEvent.click(within(row).getByRole('button', { name: /^Snooze 7 days/ }));
    expect(onCheck).toHaveBeenCalledWith('abc');
    expect(onSnooze).toHaveBeenCalledWith('abc', 7);
  });

  it('shows progress and disables Check now while a check runs', () => {
    const { row } = renderRow(profileView({ hasToken: true }), { checking: true });
    const button = within(row).getByRole('button', { name: /^Checking…/ }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
  });
});
