import { useState } from 'preact/hooks';
import { keyExpiryFromDay } from '@/lib/domain/key-expiry';
import { WORKSPACE_UUID } from '@/lib/domain/source-record';
import { useI18n } from '../../i18n';
import { Field } from '../field';
import { KeyExpiryField } from './key-expiry';
import { OAuthFields } from './oauth-fields';

export interface ToolChoice {
  id: string;
  name: string;
  address: 'none' | 'optional' | 'required';
  keyHelpUrl: string;
  /** Offers a workspace UUID (Mixpost: instances without a workspace list). */
  workspace?: boolean;
  /** Asks when the key itself expires (Planable: chosen when the token is made, not in any answer). */
  keyExpiry?: boolean;
  /** Connected by signing in through the person's own app (Hootsuite), not with a key. */
  oauth?: boolean;
}

export interface ConnectFormProps {
  tools: readonly ToolChoice[];
  busy: boolean;
  /** Called from the submit event itself: a permission prompt needs the click's user gesture. */
  onConnect(
    tool: string,
    key: string,
    address: string | undefined,
    workspace?: string,
    keyExpiresAt?: string,
  ): void;
  /** An OAuth tool: called from the submit event itself (the permission prompt needs the gesture). */
  onSignIn?(tool: string, clientId: string, clientSecret: string): void;
  /** The extension's redirect URL, for the person's app (OAuth tools). */
  redirectUrl?: string;
}

/**
 * Choose a tool, paste its key (and a self-hosted address), connect. The key field is a password field,
 * emptied once the form is sent: the key is never shown back.
 */
export function ConnectForm({ tools, busy, onConnect, onSignIn, redirectUrl }: ConnectFormProps) {
  const { t } = useI18n();
  const [toolId, setToolId] = useState(tools[0]?.id ?? '');
  const [problem, setProblem] = useState<'key' | 'address' | 'https' | 'workspace' | 'expiry' | 'client'>();
  const tool = tools.find((x) => x.id === toolId) ?? tools[0];
  if (!tool) return null;

  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    // What the select says now (a state update may not have rendered yet).
    const picked = (form.elements.namedItem('source-tool') as HTMLSelectElement | null)?.value;
    const chosen = tools.find((x) => x.id === picked) ?? tool;
    if (chosen.oauth) return signIn(form, chosen);
    const keyInput = form.elements.namedItem('source-key') as HTMLInputElement;
    const addressInput = form.elements.namedItem('source-address') as HTMLInputElement | null;
    const key = keyInput.value.trim();
    const workspaceInput = form.elements.namedItem('source-workspace') as HTMLInputElement | null;
    const address = addressInput?.value.trim() || undefined;
    const workspace = (chosen.workspace && workspaceInput?.value.trim()) || undefined;
    if (key.length < 8) return setProblem('key');
    if (chosen.address === 'required' && !address) return setProblem('address');
    // Before any permission prompt: an http address would carry the key in clear.
    if (chosen.address !== 'none' && address && /^http:/i.test(address)) return setProblem('https');
    if (workspace && !WORKSPACE_UUID.test(workspace)) return setProblem('workspace');
    const day = chosen.keyExpiry
      ? ((form.elements.namedItem('source-key-expiry') as HTMLInputElement | null)?.value.trim() ?? '')
      : '';
    // The end of that day where the person is: the day Planable showed is the day it stops.
    const keyExpiresAt = day ? keyExpiryFromDay(day, new Date().getTimezoneOffset()) : undefined;
    if (day && !keyExpiresAt) return setProblem('expiry');
    setProblem(undefined);
    keyInput.value = '';
    const sentAddress = chosen.address === 'none' ? undefined : address;
    // The expiry only when one was typed: the other tools' calls stay as they were.
    if (keyExpiresAt) onConnect(chosen.id, key, sentAddress, workspace, keyExpiresAt);
    else onConnect(chosen.id, key, sentAddress, workspace);
  };

  const signIn = (form: HTMLFormElement, chosen: ToolChoice) => {
    const idInput = form.elements.namedItem('oauth-client-id') as HTMLInputElement | null;
    const secretInput = form.elements.namedItem('oauth-client-secret') as HTMLInputElement | null;
    const clientId = idInput?.value.trim() ?? '';
    const clientSecret = secretInput?.value.trim() ?? '';
    if (!clientId || !clientSecret) return setProblem('client');
    setProblem(undefined);
    if (secretInput) secretInput.value = '';
    onSignIn?.(chosen.id, clientId, clientSecret);
  };

  return (
    <form class="sources__connect" onSubmit={submit} noValidate>
      <Field id="source-tool" label={t('sources_fieldTool')}>
        {(aria) => (
          <select
            {...aria}
            name="source-tool"
            value={tool.id}
            onChange={(e) => setToolId(e.currentTarget.value)}
          >
            {tools.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {tool.address !== 'none' ? (
        <Field
          key="address"
          id="source-address"
          label={t('sources_fieldAddress')}
          hint={t(tool.address === 'required' ? 'sources_fieldAddressHint' : 'sources_fieldAddressOptional', [
            tool.name,
          ])}
          error={
            problem === 'address'
              ? t('sources_addressMissing', [tool.name])
              : problem === 'https'
                ? t('sources_addressNotHttps')
                : undefined
          }
        >
          {(aria) => <input {...aria} name="source-address" type="url" inputMode="url" autocomplete="url" />}
        </Field>
      ) : null}
      {tool.workspace ? (
        <Field
          key="workspace"
          id="source-workspace"
          label={t('sources_fieldWorkspace')}
          hint={t('sources_fieldWorkspaceHint', [tool.name])}
          error={problem === 'workspace' ? t('sources_workspaceInvalid') : undefined}
        >
          {(aria) => (
            <input {...aria} name="source-workspace" type="text" autocomplete="off" spellcheck={false} />
          )}
        </Field>
      ) : null}
      {tool.oauth ? (
        <OAuthFields appHelpUrl={tool.keyHelpUrl} redirectUrl={redirectUrl} missing={problem === 'client'} />
      ) : (
        /* Keyed: when the address field appears, the key's input must stay the key's (never the address). */
        <Field
          key="key"
          id="source-key"
          label={t('sources_fieldKey')}
          hint={t('sources_fieldKeyHint', [tool.name, tool.keyHelpUrl])}
          error={problem === 'key' ? t('sources_keyMissing') : undefined}
        >
          {(aria) => (
            <input {...aria} name="source-key" type="password" autocomplete="off" spellcheck={false} />
          )}
        </Field>
      )}
      {tool.keyExpiry ? (
        <KeyExpiryField
          key="expiry"
          id="source-key-expiry"
          name="source-key-expiry"
          tool={tool.name}
          error={problem === 'expiry'}
        />
      ) : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy} aria-busy={busy}>
          {tool.oauth
            ? busy
              ? t('hootsuite_signingIn')
              : t('hootsuite_actionSignIn')
            : busy
              ? t('sources_connecting')
              : t('sources_actionConnect')}
        </button>
      </div>
    </form>
  );
}
