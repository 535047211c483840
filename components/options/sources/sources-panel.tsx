import type { SourceView } from '@/lib/messaging/source-views';
import { useI18n } from '../../i18n';
import { ConnectForm, type ConnectFormProps, type ToolChoice } from './connect-form';
import { SourceRow } from './source-row';

export interface SourcesPanelProps {
  tools: readonly ToolChoice[];
  sources?: readonly SourceView[];
  now: Date;
  /** The person's warning window (days): a key expiring within it reads as a warning (default: the setting's default). */
  warnDays?: number;
  /** `'connect'` while connecting, a source id while it syncs or changes. */
  busy?: string;
  result?: { ok: boolean; message: string };
  onConnect: ConnectFormProps['onConnect'];
  /** OAuth tools (Hootsuite): sign in through the person's app, or sign in again (`onConnectAgain`). */
  onSignIn?(tool: string, clientId: string, clientSecret: string): void;
  onConnectAgain?(id: string): void;
  redirectUrl?: string;
  onSync(id: string): void;
  onReplaceKey(id: string, key: string, keyExpiresAt?: string): void;
  onDisconnect(id: string, removeProfiles: boolean): void;
  onRemoveGone(id: string): void;
}

/** "Publishing tools": connect one, and the list of those connected. Presentational. */
export function SourcesPanel(props: SourcesPanelProps) {
  const { t } = useI18n();
  const { sources, busy, result } = props;
  return (
    <>
      <p>{t('sources_intro')}</p>
      <ConnectForm
        tools={props.tools}
        busy={busy === 'connect'}
        onConnect={props.onConnect}
        onSignIn={props.onSignIn}
        redirectUrl={props.redirectUrl}
      />
      {result ? (
        <p
          class={`notice ${result.ok ? 'notice--ok' : 'notice--error'}`}
          role={result.ok ? 'status' : 'alert'}
        >
          {result.message}
        </p>
      ) : null}
      {sources?.length ? (
        <ul class="sources" aria-label={t('sources_listLabel')}>
          {sources.map((s) => (
            <SourceRow
              key={s.id}
              source={s}
              now={props.now}
              warnDays={props.warnDays}
              busy={busy === s.id}
              onSync={props.onSync}
              onReplaceKey={props.onReplaceKey}
              onConnectAgain={props.onConnectAgain}
              onDisconnect={props.onDisconnect}
              onRemoveGone={props.onRemoveGone}
            />
          ))}
        </ul>
      ) : sources ? (
        <p class="field__hint">{t('sources_none')}</p>
      ) : null}
    </>
  );
}
