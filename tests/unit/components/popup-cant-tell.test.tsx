// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProfileRow } from '@/components/popup/profile-row';
import type { ProfileView } from '@/lib/messaging/views';
import { NOW, profileView, renderWithI18n } from './render';

function rowText(profile: ProfileView): string {
  const noop = () => undefined;
  renderWithI18n(
    <ul>
      <ProfileRow
        profile={profile}
        now={NOW}
        checking={false}
        onCheck={noop}
        onSnooze={noop}
        onUnsnooze={noop}
        onMarkReconnected={noop}
      />
    </ul>,
  );
  return screen.getByRole('listitem', { name: profile.name }).textContent ?? '';
}

describe("popup row: can't tell", () => {
  it.each<[string, Partial<ProfileView>, RegExp | null, RegExp | null]>([
    ['a can’t-tell answer', { cantTell: true }, /Can’t tell: the platform’s answer proves nothing/, null],
    [
      'a can’t-tell answer that keeps coming',
      { cantTell: true, keepsAnswering: 'HTTP 200 with an empty body' },
      /Facebook keeps answering: HTTP 200 with an empty body/,
      /Can’t tell/,
    ],
    [
      'a can’t-tell answer that keeps coming with no message to quote',
      { cantTell: true, keepsAnswering: '' },
      /Facebook keeps answering with something it does not explain/,
      /Can’t tell/,
    ],
    [
      'a network failure',
      { stale: true, staleReason: 'network-error' },
      /Couldn’t check: Could not reach the platform/,
      /Can’t tell/,
    ],
  ])('%s is shown as such, and the status is kept', (_what, overrides, shown, hidden) => {
    const text = rowText(profileView({ status: 'ok', ...overrides }));
    if (shown) expect(text).toMatch(shown);
    if (hidden) expect(text).not.toMatch(hidden);
    expect(text).toContain('OK');
    expect(text).not.toContain('Disconnected');
  });
});
