// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SourceRow } from '@/components/options/sources/source-row';
import { SourcesPanel } from '@/components/options/sources/sources-panel';
import type { SourceView } from '@/lib/messaging/source-views';
import { NOW, renderWithI18n } from '../components/render';

const HOOTSUITE = {
  id: 'hootsuite',
  name: 'Hootsuite',
  address: 'none',
  keyHelpUrl: 'https://developer.hootsuite.com/docs/api-authentication',
  oauth: true,
} as const;
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

afterEach(() => {
  vi.restoreAllMocks();
});

function renderForm(redirectUrl: string | null = REDIRECT) {
  const onSignIn = vi.fn();
  const onConnect = vi.fn();
  renderWithI18n(
    <SourcesPanel
      tools={[HOOTSUITE]}
      sources={[]}
      now={NOW}
      redirectUrl={redirectUrl ?? undefined}
      onConnect={onConnect}
      onSignIn={onSignIn}
      onSync={vi.fn()}
      onReplaceKey={vi.fn()}
      onDisconnect={vi.fn()}
      onRemoveGone={vi.fn()}
    />,
  );
  const fill = (label: string, value: string) =>
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
  const signIn = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in to Hootsuite' }));
  return { onSignIn, onConnect, fill, signIn };
}

describe('connecting Hootsuite: the person’s own app', () => {
  it('shows the redirect URL to register, with a copy button that says it copied', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderForm();
    const field = screen.getByLabelText('Redirect URL to add to your Hootsuite app') as HTMLInputElement;
    expect(field.value).toBe(REDIRECT);
    expect(field.readOnly).toBe(true);
    expect(screen.queryByLabelText('API key')).toBeNull();
    const copy = screen.getByRole('button', { name: 'Copy redirect URL' });
    copy.focus();
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByText('Redirect URL copied.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(REDIRECT);
    vi.unstubAllGlobals();
  });

  it('a failed copy says to copy it by hand', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Copy redirect URL' }));
    await waitFor(() => expect(screen.getByText(/Could not copy/)).toBeTruthy());
    vi.unstubAllGlobals();
  });

  it('without a known redirect URL it says when it appears, and the copy button is off', () => {
    renderForm(null);
    expect(screen.getByText(/shows the redirect URL only once it allows the sign-in window/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Copy redirect URL' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('asks for both the client ID and the secret, then signs in and empties the secret field', () => {
    const form = renderForm();
    form.fill('Client ID of your Hootsuite app', 'FAKE-client-1');
    form.signIn();
    expect(form.onSignIn).not.toHaveBeenCalled();
    expect(
      screen.getAllByText('Enter the client ID and the client secret of your Hootsuite app.').length,
    ).toBe(2);
    form.fill('Client secret of your Hootsuite app', ' FAKE-secret-1 ');
    form.signIn();
    expect(form.onSignIn).toHaveBeenCalledWith('hootsuite', 'FAKE-client-1', 'FAKE-secret-1');
    expect(form.onConnect).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Client secret of your Hootsuite app') as HTMLInputElement).value).toBe('');
  });
});

describe('a connected Hootsuite', () => {
  const source: SourceView = {
    id: 's-hs',
    tool: 'hootsuite',
    toolName: 'Hootsuite',
    label: 'Hootsuite',
    state: 'refused',
    lastSync: { at: NOW.toISOString(), outcome: 'refused', problem: 'connect-again', detail: 'lost' },
    profiles: 2,
    notTracked: 0,
    gone: 0,
    removable: 0,
    ambiguous: [],
    reportsHealth: true,
    reconnectUrl: 'https://hootsuite.com/dashboard',
  };

  it('says "connect Hootsuite again" and offers exactly that, never a key to replace', () => {
    const onConnectAgain = vi.fn();
    renderWithI18n(
      <ul>
        <SourceRow
          source={source}
          now={NOW}
          busy={false}
          onSync={vi.fn()}
          onReplaceKey={vi.fn()}
          onConnectAgain={onConnectAgain}
          onDisconnect={vi.fn()}
          onRemoveGone={vi.fn()}
        />
      </ul>,
    );
    expect(screen.getByRole('status').textContent).toContain('Connect Hootsuite again');
    expect(screen.queryByRole('button', { name: 'Replace key' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Connect again' }));
    expect(onConnectAgain).toHaveBeenCalledWith('s-hs');
  });
});

describe('asking for the identity permission at the click', () => {
  it('asks for exactly identity, and a refusal is a refusal', async () => {
    const { askIdentityPermission } = await import('@/entrypoints/options/identity');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    expect(await askIdentityPermission()).toBe(false);
    expect(request).toHaveBeenCalledWith({ permissions: ['identity'] });
  });

  it('where it cannot be requested (Firefox: a required permission), it counts when it is granted', async () => {
    const { askIdentityPermission } = await import('@/entrypoints/options/identity');
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('not optional'));
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await askIdentityPermission()).toBe(true);
    contains.mockResolvedValue(false);
    expect(await askIdentityPermission()).toBe(false);
  });

  it('shows Chromium’s redirect URL from the extension id before the permission exists', async () => {
    const { extensionRedirectUrl } = await import('@/entrypoints/options/identity');
    vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockImplementation(() => {
      throw new Error('identity is not available');
    });
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
    );
    expect(extensionRedirectUrl()).toBe(REDIRECT);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(
      'moz-extension://0f8fad5b-d9cb-469f-a165-70867728950e/',
    );
    expect(extensionRedirectUrl()).toBeUndefined();
  });
});
