// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SourceRow } from '@/components/options/sources/source-row';
import { SourcesPanel } from '@/components/options/sources/sources-panel';
import { keyExpiryFromDay } from '@/lib/domain/key-expiry';
import type { SourceView } from '@/lib/messaging/source-views';
import { daysFromNow, NOW, renderWithI18n } from '../components/render';

const PLANABLE = {
  id: 'planable',
  name: 'Planable',
  address: 'none',
  keyHelpUrl: 'https://help.planable.io/',
  keyExpiry: true,
} as const;

const source = (extra: Partial<SourceView> = {}): SourceView => ({
  id: 'planable-1',
  tool: 'planable',
  toolName: 'Planable',
  label: 'Planable: Example Bakery',
  state: 'ok',
  lastSync: { at: NOW.toISOString(), outcome: 'ok' },
  profiles: 2,
  notTracked: 0,
  gone: 0,
  removable: 2,
  ambiguous: [],
  reportsHealth: true,
  reconnectUrl: 'https://app.planable.io/',
  keyExpiryField: true,
  ...extra,
});

function renderRow(view: SourceView, onReplaceKey = vi.fn()) {
  renderWithI18n(
    <ul>
      <SourceRow
        source={view}
        now={NOW}
        warnDays={7}
        busy={false}
        onSync={vi.fn()}
        onReplaceKey={onReplaceKey}
        onDisconnect={vi.fn()}
        onRemoveGone={vi.fn()}
      />
    </ul>,
  );
  return onReplaceKey;
}

describe('Planable: the token’s own expiry, asked at connect and shown on its row', () => {
  it('the connect form asks for the day the token expires and sends the end of that day', () => {
    const onConnect = vi.fn();
    renderWithI18n(
      <SourcesPanel
        tools={[PLANABLE]}
        sources={[]}
        now={NOW}
        onConnect={onConnect}
        onSync={vi.fn()}
        onReplaceKey={vi.fn()}
        onDisconnect={vi.fn()}
        onRemoveGone={vi.fn()}
      />,
    );
    const field = screen.getByLabelText('When does this Planable token expire? (optional)');
    expect(field.getAttribute('type')).toBe('date');
    fireEvent.input(field, { target: { value: '2027-02-18' } });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'pln_FAKE_0001_token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    const expected = keyExpiryFromDay('2027-02-18', new Date().getTimezoneOffset());
    expect(onConnect).toHaveBeenCalledWith('planable', 'pln_FAKE_0001_token', undefined, undefined, expected);
  });

  it('far off: a plain sentence with the day, no warning', () => {
    renderRow(source({ keyExpiresAt: daysFromNow(60) }));
    expect(screen.getByText(/^Your Planable token expires on /)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('within the warning window: a warning in words (and an icon), saying to make a new token', () => {
    renderRow(source({ keyExpiresAt: daysFromNow(3) }));
    const notice = screen.getByRole('status');
    expect(notice.className).toContain('notice--warning');
    expect(notice.textContent).toMatch(/Your Planable token expires on .+: make a new token there/);
  });

  it('passed: the source’s problem, replace the key, never a word against its profiles', () => {
    renderRow(source({ keyExpiresAt: daysFromNow(-1) }));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toMatch(/Your Planable token expired on .+: replace the key/);
    expect(notice.textContent).not.toMatch(/disconnected|broken/i);
  });

  it('no date typed: nothing about an expiry', () => {
    renderRow(source());
    expect(screen.queryByText(/token expire/)).toBeNull();
  });

  it('replacing the key asks for the new token’s day too', () => {
    const onReplaceKey = renderRow(source({ keyExpiresAt: daysFromNow(-1) }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace key' }));
    fireEvent.input(screen.getByLabelText('When does this Planable token expire? (optional)'), {
      target: { value: '2027-12-31' },
    });
    fireEvent.input(screen.getByLabelText(/New .*key/i), { target: { value: 'pln_FAKE_0002_token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key' }));
    const expected = keyExpiryFromDay('2027-12-31', new Date().getTimezoneOffset());
    expect(onReplaceKey).toHaveBeenCalledWith('planable-1', 'pln_FAKE_0002_token', expected);
  });
});
