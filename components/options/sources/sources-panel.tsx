import type { SourceView } from '@/lib/messaging/source-views';
import { useI18n } from '../../i18n';
import { ConnectForm, type ToolChoice } from './connect-form';
import { SourceRow } from './source-row';

export interface SourcesPanelProps {
  tools: readonly ToolChoice[];
  sources?: readonly SourceView[];
  now: Date;
  /** `'connect'` while connecting, a source id while it syncs or changes. */
  busy?: string;
  result?: { ok: boolean; message: string };
  onConnect(tool: string, key: string, address: string | undefined, workspace?: string): void;
  /** OAuth tools (Hootsuite): sign in through the person's app, or sign in again (`onConnectAgain`). */
  onSignIn?(tool: string, clientId: string, clientSecret: string): void;
  onConnectAgain?(id: string): void;
  redirectUrl?: string;
  onSync(id: string): void;
  onReplaceKey(id: string, key: string): void;
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
