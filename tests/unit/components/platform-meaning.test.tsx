// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm, type ProfileFormProps } from '@/components/options/profile-form';
import { ProfileTable } from '@/components/options/profile-table';
import { TokenPanel } from '@/components/options/token-panel';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORMS } from '@/lib/platforms';
import { NOW, profileView, renderWithI18n, t } from './render';

const X_SENTENCE = t('a2TokenNoCheckX');
const GOOGLE_SENTENCE = t('a2TokenNoCheckGoogle');

function renderPanel(overrides: Parameters<typeof profileView>[0]) {
  const onRemove = vi.fn();
  renderWithI18n(
    <TokenPanel
      profile={profileView(overrides)}
      now={NOW}
      busy={false}
      onSet={vi.fn()}
      onRemove={onRemove}
    />,
  );
  return { onRemove };
}

describe('token panel on a platform where a live check means nothing', () => {
  it.each([
    ['x', X_SENTENCE],
    ['youtube', GOOGLE_SENTENCE],
    ['google-business', GOOGLE_SENTENCE],
    ['tiktok', t('a2TokenNoCheckTiktok')],
  ] as const)('%s: offers no token field and says why in one sentence', (platform, sentence) => {
    renderPanel({ platform });
    expect(screen.getByText(sentence)).toBeTruthy();
    expect(sentence.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save token' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Replace token' })).toBeNull();
  });

  it('shows a token an earlier version stored as kept and unused, and lets it be removed', () => {
    const { onRemove } = renderPanel({
      platform: 'x',
      hasToken: true,
      lastCheck: { at: NOW.toISOString(), outcome: 'invalid', reason: 'token-invalid' },
    });
    expect(screen.getByText(t('a2TokenStoredUnused'))).toBeTruthy();
    expect(screen.queryByText(/last checked/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove token' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove token' }));
    expect(onRemove).toHaveBeenCalledOnce();
  });

  it('the profile table shows such a token as kept and unused, and a checked platform’s as stored', () => {
    renderWithI18n(
      <ProfileTable
        profiles={[
          profileView({ id: 'x1', platform: 'x', name: 'Acme Tweets', hasToken: true }),
          profileView({ id: 'li1', platform: 'linkedin', name: 'Acme Careers', hasToken: true }),
        ]}
        now={NOW}
        checking={new Set()}
        onAdd={vi.fn()}
        onEdit={vi.fn()}
        onRemove={vi.fn()}
        onCheck={vi.fn()}
      />,
    );
    const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr');
    expect(rowOf('Acme Tweets')?.textContent).toContain(t('a2TokenUnusedShort'));
    expect(rowOf('Acme Careers')?.textContent).toContain(t('tokenStoredShort'));
  });

  it('a platform with a live check keeps its token field and no such sentence', () => {
    renderPanel({ platform: 'linkedin' });
    expect(screen.getByLabelText('Access token')).toBeTruthy();
    expect(screen.queryByText(X_SENTENCE)).toBeNull();
  });

  it('every platform without a live check has its sentence', () => {
    for (const id of PLATFORM_IDS.filter((p) => !PLATFORMS[p].liveCheck)) {
      renderPanel({ platform: id, id: `p-${id}` });
      expect(document.querySelector('.token-panel__no-check')?.textContent?.length, id).toBeGreaterThan(20);
      document.body.innerHTML = '';
    }
  });
});

function renderForm(extra: Partial<ProfileFormProps> = {}) {
  const onSubmit = vi.fn<ProfileFormProps['onSubmit']>();
  const props = { saving: false, issues: [], onSubmit, onCancel: vi.fn(), now: () => NOW, ...extra };
  renderWithI18n(<ProfileForm {...props} />);
  return { onSubmit };
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const submit = (name = 'Add profile') => fireEvent.click(screen.getByRole('button', { name }));

describe('profile form: tokens and dates', () => {
  it('asks for no token on X, says why, and never submits one typed before the platform changed', () => {
    const { onSubmit } = renderForm();
    type('Name', 'Acme Coffee');
    type('Access token', 'typed-before-switching');
    fireEvent.change(field('Platform'), { target: { value: 'x' } });
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(screen.getByText(X_SENTENCE)).toBeTruthy();
    submit();
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]![1]).toBeUndefined();
  });

  it('refuses a connection date later than today, beside the field', () => {
    const { onSubmit } = renderForm({ timeZone: 'UTC' });
    type('Name', 'Acme Coffee');
    type('Connected on', '2026-11-21');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field('Connected on').getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain(t('a2ConnectedInFuture'));
  });

  it('accepts today as the connection date', () => {
    const { onSubmit } = renderForm({ timeZone: 'Asia/Tokyo' });
    type('Name', 'Acme Coffee');
    type('Connected on', '2026-11-20');
    submit();
    expect(onSubmit.mock.calls[0]![0].connectedAt).toBe('2026-11-19T15:00:00.000Z');
  });

  it.each([
    ['America/New_York', '2026-11-30T05:00:00Z'],
    ['Asia/Tokyo', '2026-11-29T15:00:00Z'],
  ])(
    'in %s, a date typed is that day’s local midnight, and the date an import stored shows as typed',
    (zone, stored) => {
      const added = renderForm({ timeZone: zone });
      type('Name', 'Acme Coffee');
      type('Expires on', '2026-11-30');
      submit();
      expect(Date.parse(added.onSubmit.mock.calls[0]![0].expiresAt ?? '')).toBe(Date.parse(stored));
      document.body.innerHTML = '';

      renderForm({ timeZone: zone, profile: profileView({ expiresAt: stored }) });
      expect(field('Expires on').value).toBe('2026-11-30');
    },
  );
});
