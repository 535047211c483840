// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm, type ProfileFormProps } from '@/components/options/profile-form';
import type { FieldIssue } from '@/lib/messaging/views';
import { profileView, renderWithI18n } from './render';

function renderForm(extra: Partial<ProfileFormProps> = {}) {
  const onSubmit = vi.fn<ProfileFormProps['onSubmit']>();
  const props = { saving: false, issues: [] as FieldIssue[], onSubmit, onCancel: vi.fn(), ...extra };
  renderWithI18n(<ProfileForm {...props} />);
  return { ...props, onSubmit };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const submit = (name = 'Add profile') => fireEvent.click(screen.getByRole('button', { name }));

function errorOf(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.classList.contains('field__error'))
    ?.textContent?.replace('⚠ ', '');
}

describe('profile form', () => {
  it('marks a missing name as invalid, tells why beside it, and does not submit', () => {
    const props = renderForm();
    submit();
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field('Name'))).toBe('Required');
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    ['Reconnect URL', 'ftp://example.com/x', 'Not an http(s) address (e.g. https://example.com/accounts)'],
    ['Access token', 'short', 'An access token has at least 8 characters'],
  ])('checks %s as soon as the field is left', (label, value, message) => {
    renderForm();
    type(label, value);
    fireEvent.blur(field(label));
    expect(field(label).getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field(label))).toBe(message);
  });

  it('leaves untouched fields alone until the form is submitted', () => {
    renderForm();
    expect(field('Name').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText('Required')).toBeNull();
  });

  it('shows the background’s issues beside their fields, and the rest above the form', () => {
    renderForm({
      issues: [
        { field: 'profile.handle', message: 'Another Facebook profile already has this handle' },
        { message: 'The background is busy' },
      ],
    });
    expect(errorOf(field('Handle'))).toBe('Another Facebook profile already has this handle');
    expect(screen.getByRole('alert').textContent).toBe('The background is busy');
  });

  it('submits trimmed input with dates as ISO and empty fields left out, plus the token', () => {
    const props = renderForm();
    fireEvent.change(field('Platform'), { target: { value: 'linkedin' } });
    type('Name', '  Acme Coffee  ');
    type('Handle', 'acme-coffee');
    type('Expires on', '2026-12-24');
    type('Access token', 'fake-token-123');
    submit();
    expect(props.onSubmit).toHaveBeenCalledOnce();
    const [input, token] = props.onSubmit.mock.calls[0]!;
    expect(input).toEqual({
      platform: 'linkedin',
      name: 'Acme Coffee',
      handle: 'acme-coffee',
      expiresAt: new Date(2026, 11, 24).toISOString(),
    });
    expect(token).toBe('fake-token-123');
  });

  it('keeps an edited profile’s exact expiry time when its date was not changed', () => {
    const profile = profileView({ expiresAt: '2026-11-30T09:00:00Z', connectedAt: '2026-10-01T09:00:00Z' });
    const props = renderForm({ profile });
    type('Name', 'Acme Coffee Roasters');
    submit('Save changes');
    const [input, token] = props.onSubmit.mock.calls[0]!;
    expect(input).toMatchObject({
      name: 'Acme Coffee Roasters',
      expiresAt: '2026-11-30T09:00:00Z',
      connectedAt: '2026-10-01T09:00:00Z',
      reconnectUrl: undefined,
    });
    expect(token).toBeUndefined();
  });

  it('asks for a token only when adding a profile (an existing one has its own panel)', () => {
    renderForm({ profile: profileView() });
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Edit Acme Coffee' })).toBeTruthy();
  });
});
