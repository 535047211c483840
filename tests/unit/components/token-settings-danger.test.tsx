// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DangerZone } from '@/components/options/danger-zone';
import { SETTING_RANGES, SettingsForm } from '@/components/options/settings-form';
import { TokenPanel } from '@/components/options/token-panel';
import { DEFAULT_SETTINGS, settingsSchema } from '@/lib/domain/settings';
import { daysFromNow, NOW, profileView, renderWithI18n } from './render';

describe('token panel', () => {
  it('says a token is stored and when it was checked, without any way to read it', () => {
    const profile = profileView({
      hasToken: true,
      lastCheck: { at: daysFromNow(-5 / 1440), outcome: 'valid' },
    });
    renderWithI18n(
      <TokenPanel profile={profile} now={NOW} busy={false} onSet={vi.fn()} onRemove={vi.fn()} />,
    );
    expect(screen.getByText('Token stored').parentElement?.textContent).toBe(
      'Token stored · last checked 5 minutes ago',
    );
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(screen.getByRole('button', { name: 'Replace token' })).toBeTruthy();
  });

  it('replaces a token through an empty password field', async () => {
    const onSet = vi.fn().mockResolvedValue(true);
    renderWithI18n(
      <TokenPanel
        profile={profileView({ hasToken: true })}
        now={NOW}
        busy={false}
        onSet={onSet}
        onRemove={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace token' }));
    const input = screen.getByLabelText('Access token') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.value).toBe('');
    fireEvent.input(input, { target: { value: 'new-fake-token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save token' }));
    expect(onSet).toHaveBeenCalledWith('new-fake-token');
    await waitFor(() => expect(screen.queryByLabelText('Access token')).toBeNull());
  });

  it('removes a token only after confirmation', () => {
    const onRemove = vi.fn();
    renderWithI18n(
      <TokenPanel
        profile={profileView({ hasToken: true })}
        now={NOW}
        busy={false}
        onSet={vi.fn()}
        onRemove={onRemove}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove token' }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: /Remove the stored token/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove token' }));
    expect(onRemove).toHaveBeenCalledOnce();
  });
});

describe('settings form', () => {
  it.each([
    ['Warn this many days before expiry', '0', 'Enter a whole number from 1 to 60'],
    ['Check every (minutes)', '5', 'Enter a whole number from 15 to 1,440'],
    ['Banner days', '', 'Enter a whole number from 0 to 30'],
    ['Banner days', '2.5', 'Enter a whole number from 0 to 30'],
  ])('rejects %s = "%s" beside the field and does not save', (label, value, message) => {
    const onSave = vi.fn();
    renderWithI18n(<SettingsForm settings={DEFAULT_SETTINGS} saving={false} onSave={onSave} />);
    const input = screen.getByLabelText(label);
    fireEvent.input(input, { target: { value } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(`⚠ ${message}`);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves numbers, notifications and banner sites together', () => {
    const onSave = vi.fn();
    renderWithI18n(<SettingsForm settings={DEFAULT_SETTINGS} saving={false} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Warn this many days before expiry'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /notifications/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      warnDays: 10,
      notifications: false,
      banners: { ...DEFAULT_SETTINGS.banners, linkedin: false },
    });
  });

  it.each(Object.entries(SETTING_RANGES))(
    'states the same bounds for %s as the settings schema',
    (field, [min, max]) => {
      const schema = settingsSchema.shape[field as keyof typeof SETTING_RANGES];
      expect([min - 1, min, max, max + 1].map((n) => schema.safeParse(n).success)).toEqual([
        false,
        true,
        true,
        false,
      ]);
    },
  );
});

describe('danger zone', () => {
  it('deletes everything only after a second, explicit step', () => {
    const onDeleteAll = vi.fn();
    renderWithI18n(<DangerZone busy={false} onDeleteAll={onDeleteAll} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onDeleteAll).toHaveBeenCalledOnce();
  });

  it('can be backed out of', () => {
    const onDeleteAll = vi.fn();
    renderWithI18n(<DangerZone busy={false} onDeleteAll={onDeleteAll} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete all data' })).toBeTruthy();
    expect(onDeleteAll).not.toHaveBeenCalled();
  });
});
