// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SourcesPanel, type SourcesPanelProps } from '@/components/options/sources/sources-panel';
import { PopupView } from '@/components/popup/popup-view';
import { WelcomeView } from '@/components/welcome-view';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { SOURCE_METADATA } from '@/lib/domain/source-metadata';
import type { SourceView } from '@/lib/messaging/source-views';
import { NOW, renderWithI18n } from './components/render';

const TOOLS = [
  { id: 'buffer', name: 'Buffer', address: 'none', keyHelpUrl: 'https://publish.buffer.com/settings/api' },
  { id: 'mixpost', name: 'Mixpost', address: 'required', keyHelpUrl: 'https://docs.mixpost.app/' },
] as const;

const BUFFER: SourceView = {
  id: 's1',
  tool: 'buffer',
  toolName: 'Buffer',
  label: 'Buffer: Example Bakery',
  state: 'refused',
  lastSync: { at: NOW.toISOString(), outcome: 'refused', problem: 'key-refused', detail: 'HTTP 401' },
  profiles: 3,
  notTracked: 1,
  gone: 0,
  removable: 3,
  ambiguous: [],
  reportsHealth: true,
  reconnectUrl: 'https://account.buffer.com/channels',
};

function renderPanel(extra: Partial<SourcesPanelProps> = {}) {
  const props: SourcesPanelProps = {
    tools: TOOLS,
    sources: [],
    now: NOW,
    onConnect: vi.fn(),
    onSync: vi.fn(),
    onReplaceKey: vi.fn(),
    onDisconnect: vi.fn(),
    onRemoveGone: vi.fn(),
    ...extra,
  };
  renderWithI18n(<SourcesPanel {...props} />);
  return props;
}

describe('the Publishing tools section', () => {
  it('connects with a labelled tool choice and a password field that is emptied once sent', () => {
    const props = renderPanel();
    const key = screen.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    fireEvent.input(key, { target: { value: 'BUFFER-FAKE-KEY-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(props.onConnect).toHaveBeenCalledWith('buffer', 'BUFFER-FAKE-KEY-1', undefined, undefined);
    expect(key.value).toBe('');
  });

  it('a self-hosted tool asks for its address, and will not connect without it', () => {
    const props = renderPanel({ tools: [TOOLS[1]] });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'MIXPOST-FAKE-KEY-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(props.onConnect).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Address'), { target: { value: 'https://social.example.test' } });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'MIXPOST-FAKE-KEY-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(props.onConnect).toHaveBeenCalledWith(
      'mixpost',
      'MIXPOST-FAKE-KEY-1',
      'https://social.example.test',
      undefined,
    );
  });

  it('a connected tool shows its counts and says what is wrong; Disconnect asks keep or remove', () => {
    const props = renderPanel({ sources: [BUFFER] });
    const row = screen.getByRole('listitem');
    expect(row.textContent).toContain('Profiles: 3');
    expect(row.textContent).toContain('On networks not tracked: 1');
    expect(row.textContent).toContain('Buffer no longer accepts this key: replace it.');
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect and remove its profiles (3)' }));
    expect(props.onDisconnect).toHaveBeenCalledWith('s1', true);
  });

  // Issue 19 item 8: the button used to show the tool's listed count and delete every linked profile.
  it('Disconnect offers to remove exactly the profiles the tool made, and says the others stay', () => {
    const props = renderPanel({ sources: [{ ...BUFFER, profiles: 5, removable: 2, gone: 1 }] });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    const remove = screen.getByRole('button', { name: 'Disconnect and remove its profiles (2)' });
    expect(screen.getByRole('listitem').textContent).toContain(
      'Removes only the 2 profiles Buffer added here. Profiles you made or imported are kept and unlinked. ' +
        'Profiles no longer in Buffer (1) are not removed by this',
    );
    fireEvent.click(remove);
    expect(props.onDisconnect).toHaveBeenCalledWith('s1', true);
  });

  // Issue 19 item 7: a tie links none and says so on the tool's row.
  it('a channel several profiles match is named on the tool’s row', () => {
    renderPanel({
      sources: [
        { ...BUFFER, state: 'ok', ambiguous: [{ platform: 'facebook', name: 'Acme Coffee', candidates: 2 }] },
      ],
    });
    expect(screen.getByRole('listitem').textContent).toContain(
      'Not linked, because several of your profiles match each of them: Acme Coffee (Facebook, 2).',
    );
  });

  it('profiles a tool no longer lists are removed with one click', () => {
    const props = renderPanel({ sources: [{ ...BUFFER, state: 'ok', gone: 2 }] });
    expect(screen.getByText(/No longer in Buffer: 2/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove them' }));
    expect(props.onRemoveGone).toHaveBeenCalledWith('s1');
  });
});

describe('first run', () => {
  it('the welcome page offers three ways in, each into its options section', () => {
    renderWithI18n(<WelcomeView optionsUrl="chrome-extension://x/options.html" />);
    const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Connect a publishing tool', 'chrome-extension://x/options.html#sources'],
      ['Import a file', 'chrome-extension://x/options.html#data'],
      ['Add a profile by hand', 'chrome-extension://x/options.html#profiles'],
    ]);
  });

  it('the welcome page names the tools without a public API and sends them to the import', () => {
    renderWithI18n(<WelcomeView optionsUrl="chrome-extension://x/options.html" />);
    const said = screen.getByText(
      /Sprout Social, Later, Agorapulse, Sendible, SocialPilot, Loomly and Circleboom/,
    );
    expect(said.textContent).toContain('have no public API');
    expect(said.textContent).toContain('by import');
    // Every tool of the registry is named, in the language's own list ("A, B or C").
    const hint = screen.getByText(/your profiles and their status come from the tool/).textContent ?? '';
    for (const tool of Object.values(SOURCE_METADATA)) expect(hint).toContain(tool.displayName);
    expect(hint).toMatch(/^Buffer, .* or \w+: your profiles/);
  });

  it('the empty popup offers the same three ways', () => {
    const onOpenOptions = vi.fn();
    renderWithI18n(
      <PopupView
        snapshot={{ profiles: [], settings: DEFAULT_SETTINGS, now: NOW.toISOString(), quarantined: 0 }}
        checking={new Set()}
        onCheckAll={vi.fn()}
        onCheck={vi.fn()}
        onSnooze={vi.fn()}
        onUnsnooze={vi.fn()}
        onMarkReconnected={vi.fn()}
        onOpenOptions={onOpenOptions}
        onRetry={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Connect a publishing tool' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import a file' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add profiles' }));
    expect(onOpenOptions.mock.calls).toEqual([['sources'], ['data'], []]);
  });
});

describe('the popup row of a profile a tool reports', () => {
  const link = {
    sourceId: 's1',
    externalId: 'c1',
    tool: 'Buffer',
    state: 'connected' as const,
    reportedAt: NOW.toISOString(),
  };
  async function row(overrides: Parameters<typeof import('./components/render').profileView>[0]) {
    const { profileView } = await import('./components/render');
    const { ProfileRow } = await import('@/components/popup/profile-row');
    renderWithI18n(
      <ul>
        <ProfileRow
          profile={profileView({ sources: [link], ...overrides })}
          now={NOW}
          checking={false}
          onCheck={vi.fn()}
          onSnooze={vi.fn()}
          onUnsnooze={vi.fn()}
          onMarkReconnected={vi.fn()}
        />
      </ul>,
    );
    return screen.getByRole('listitem').textContent ?? '';
  }

  it('shows a non-fatal answer of the pasted token beside the tool’s word', async () => {
    expect(await row({ status: 'ok', tokenReason: 'spam-block' })).toContain('Its own token check:');
  });

  // Issue 19 item 4: both facts and both remedies.
  it('a refused token while the tool still says connected: both facts, both remedies', async () => {
    const text = await row({
      status: 'disconnected',
      reason: 'password-changed',
      toolStillConnected: 'Buffer',
    });
    expect(text).toContain(
      'Facebook refused the token: Password changed. Buffer still reports the channel connected; reconnect it ' +
        'there, or if you already did, paste the new token or remove this one.',
    );
  });

  // Issue 19 items 2 and 5.
  it('names each tool-channel and shows a paused queue as a notice', async () => {
    const text = await row({
      status: 'disconnected',
      reason: 'source-disconnected',
      reasonTool: 'Buffer (Client org)',
      links: [
        { tool: 'Buffer (Client org)', state: 'disconnected', reason: 'source-disconnected' },
        { tool: 'Buffer (Agency org)', state: 'connected' },
      ],
      notices: [{ reason: 'source-paused', tool: 'Buffer (Agency org)' }],
    });
    expect(text).toContain('Broken in Buffer (Client org) · connected in Buffer (Agency org)');
    expect(text).toContain('Queue paused in Buffer (Agency org)');
  });
});

// Issue 19 item 12: the history strip shows the tools' reports beside the checks.
describe('the history strip', () => {
  it('names the tool of a report and what it said', async () => {
    const { HistoryStrip } = await import('@/components/options/history-strip');
    renderWithI18n(
      <HistoryStrip
        name="Acme Coffee"
        entries={[
          {
            at: '2026-11-26T12:00:00.000Z',
            outcome: 'invalid',
            reason: 'source-disconnected',
            tool: 'Buffer',
          },
          { at: '2026-11-25T12:00:00.000Z', outcome: 'valid', tool: 'Buffer' },
          { at: '2026-11-24T12:00:00.000Z', outcome: 'invalid', reason: 'password-changed' },
        ]}
      />,
    );
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows[0]).toContain('Reported by Buffer');
    expect(rows[0]).toContain('Broken in Buffer');
    expect(rows[1]).toContain('Connected in Buffer');
    expect(rows[2]).toContain('Password changed');
    expect(rows[2]).not.toContain('Reported by');
  });
});
