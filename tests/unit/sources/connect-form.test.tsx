// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SourceRow } from '@/components/options/sources/source-row';
import { SourcesPanel, type SourcesPanelProps } from '@/components/options/sources/sources-panel';
import type { SourceView } from '@/lib/messaging/source-views';
import { NOW, renderWithI18n } from '../components/render';

const MIXPOST = {
  id: 'mixpost',
  name: 'Mixpost',
  address: 'required',
  keyHelpUrl: 'https://docs.mixpost.app/',
  workspace: true,
} as const;
const POSTIZ = {
  id: 'postiz',
  name: 'Postiz',
  address: 'optional',
  keyHelpUrl: 'https://docs.postiz.com/',
} as const;
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function renderForm(tools: SourcesPanelProps['tools']) {
  const onConnect = vi.fn();
  renderWithI18n(
    <SourcesPanel
      tools={tools}
      sources={[]}
      now={NOW}
      onConnect={onConnect}
      onSync={vi.fn()}
      onReplaceKey={vi.fn()}
      onDisconnect={vi.fn()}
      onRemoveGone={vi.fn()}
    />,
  );
  const fill = (label: string, value: string) =>
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
  const connect = () => fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
  return { onConnect, fill, connect };
}

describe('the connect form, for self-hosted tools', () => {
  it.each([MIXPOST, POSTIZ])('an http:// address of $name is refused before anything is asked', (tool) => {
    const form = renderForm([tool]);
    form.fill('Address', 'http://social.example.test');
    form.fill('API key', 'FAKE-KEY-self-hosted-1');
    form.connect();
    // onConnect is where the page asks for the host permission: it is never reached.
    expect(form.onConnect).not.toHaveBeenCalled();
    expect(screen.getByText('The address must start with https://.')).toBeTruthy();
    expect(screen.getByLabelText('Address').getAttribute('aria-invalid')).toBe('true');
  });

  it('Mixpost takes a workspace UUID, for instances without a workspace list', () => {
    const form = renderForm([MIXPOST]);
    form.fill('Address', 'https://social.example.test');
    form.fill('Workspace UUID (optional)', 'not-a-uuid');
    form.fill('API key', 'FAKE-KEY-mixpost-0001');
    form.connect();
    expect(form.onConnect).not.toHaveBeenCalled();
    expect(screen.getByText(/A workspace UUID looks like/)).toBeTruthy();
    form.fill('Workspace UUID (optional)', ` ${UUID} `);
    form.fill('API key', 'FAKE-KEY-mixpost-0001');
    form.connect();
    expect(form.onConnect).toHaveBeenCalledWith(
      'mixpost',
      'FAKE-KEY-mixpost-0001',
      'https://social.example.test',
      UUID,
    );
  });

  it('a tool without a workspace field offers none', () => {
    renderForm([POSTIZ]);
    expect(screen.queryByLabelText('Workspace UUID (optional)')).toBeNull();
  });
});

const row = (tool: SourceView['tool'], toolName: string, problem: string): SourceView => ({
  id: `s-${tool}`,
  tool,
  toolName,
  label: toolName,
  state: 'refused',
  lastSync: { at: NOW.toISOString(), outcome: 'refused', problem, detail: 'HTTP 4xx' },
  profiles: 2,
  notTracked: 0,
  gone: 0,
  removable: 0,
  ambiguous: [],
  reportsHealth: true,
  reconnectUrl: 'https://example.test/',
});

describe('the tool’s row says what the tool wants, in its words', () => {
  it.each([
    [row('ayrshare', 'Ayrshare', 'payment-required'), 'Ayrshare asks for payment'],
    [row('postiz', 'Postiz', 'no-subscription'), 'Postiz says this account has no active subscription'],
    [
      row('mixpost', 'Mixpost', 'no-workspace-list'),
      'This Mixpost has no workspace list: enter the workspace’s UUID.',
    ],
  ])('%#: %s', (source, text) => {
    renderWithI18n(
      <ul>
        <SourceRow
          source={source}
          now={NOW}
          busy={false}
          onSync={vi.fn()}
          onReplaceKey={vi.fn()}
          onDisconnect={vi.fn()}
          onRemoveGone={vi.fn()}
        />
      </ul>,
    );
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(text);
    expect(notice.textContent).not.toContain('could not be synced');
    expect(notice.textContent).not.toContain('replace it');
  });
});
