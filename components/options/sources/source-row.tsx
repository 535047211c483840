import { useState } from 'preact/hooks';
import { relativeTime } from '@/lib/domain/countdown';
import { keyExpiryFromDay } from '@/lib/domain/key-expiry';
import { PLATFORM_IDS, type PlatformId } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { SOURCE_METADATA } from '@/lib/domain/source-metadata';
import type { SourceView } from '@/lib/messaging/source-views';
import { useI18n } from '../../i18n';
import { Field } from '../field';
import { KeyExpiryField, KeyExpiryLine } from './key-expiry';
import { problemText } from './problem-text';

export interface SourceRowProps {
  source: SourceView;
  now: Date;
  /** The warning window (days): a key expiring within it is a warning (default: the setting's default). */
  warnDays?: number;
  busy: boolean;
  onSync(id: string): void;
  onReplaceKey(id: string, key: string, keyExpiresAt?: string): void;
  /** OAuth tools (Hootsuite): sign in again with the app it was connected with. */
  onConnectAgain?(id: string): void;
  onDisconnect(id: string, removeProfiles: boolean): void;
  onRemoveGone(id: string): void;
}

function platformName(id: string): string {
  return (PLATFORM_IDS as readonly string[]).includes(id) ? platform(id as PlatformId).displayName : id;
}

/** One connected tool: what it is, how its last sync went, and what can be done with it. */
export function SourceRow(props: SourceRowProps) {
  const { source, now, busy, onSync, onReplaceKey, onDisconnect } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const [mode, setMode] = useState<'idle' | 'key' | 'disconnect'>('idle');
  const [badExpiry, setBadExpiry] = useState(false);
  const titleId = `source-${source.id}-title`;
  const problem = source.lastSync?.problem;
  const state =
    source.state === 'ok'
      ? t('sources_stateOk')
      : source.state === 'never'
        ? t('sources_neverSynced')
        : source.state === 'refused'
          ? t('sources_stateProblem')
          : t('sources_stateRetrying');

  const saveKey = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('new-key') as HTMLInputElement;
    const day = (form.elements.namedItem('new-key-expiry') as HTMLInputElement | null)?.value.trim() ?? '';
    const keyExpiresAt = day ? keyExpiryFromDay(day, new Date().getTimezoneOffset()) : undefined;
    if (day && !keyExpiresAt) return setBadExpiry(true);
    const key = input.value.trim();
    input.value = '';
    if (key.length < 8) return;
    setBadExpiry(false);
    setMode('idle');
    if (keyExpiresAt) onReplaceKey(source.id, key, keyExpiresAt);
    else onReplaceKey(source.id, key);
  };

  return (
    <li class={`source source--${source.state}`} aria-labelledby={titleId}>
      <h3 id={titleId} class="source__name">
        {source.label}
      </h3>
      <p class="source__facts">
        <span class={`source__state source__state--${source.state}`}>{state}</span>
        {' · '}
        {t('sources_profiles', [String(source.profiles)])}
        {source.notTracked ? ` · ${t('sources_notTracked', [String(source.notTracked)])}` : ''}
        {' · '}
        {source.lastSync
          ? t('sources_lastSync', [relativeTime(new Date(source.lastSync.at), now, i18n.locale)])
          : t('sources_neverSynced')}
      </p>
      {problem && source.state !== 'ok' ? (
        <p class={`notice ${source.state === 'refused' ? 'notice--error' : 'notice--warning'}`} role="status">
          {problemText(i18n, problem, source.toolName)} {t('sources_staleNote', [source.toolName])}
        </p>
      ) : null}
      {source.keyExpiresAt ? (
        <KeyExpiryLine
          expiresAt={source.keyExpiresAt}
          tool={source.toolName}
          now={now}
          warnDays={props.warnDays ?? DEFAULT_SETTINGS.warnDays}
        />
      ) : null}
      {!source.reportsHealth ? <p class="field__hint">{t('sources_listOnly', [source.toolName])}</p> : null}
      {source.ambiguous.length ? (
        <p class="notice notice--warning source__ambiguous" role="status">
          {t('sources_ambiguous', [
            source.ambiguous
              .map((a) => `${a.name} (${platformName(a.platform)}, ${a.candidates})`)
              .join(', '),
          ])}
        </p>
      ) : null}
      {source.gone ? (
        <p class="source__gone">
          {t('sources_goneCount', [source.toolName, String(source.gone)])}{' '}
          <button type="button" class="button" disabled={busy} onClick={() => props.onRemoveGone(source.id)}>
            {t('sources_actionRemoveGone')}
          </button>
        </p>
      ) : null}
      {mode === 'idle' ? (
        <div class="actions">
          <button
            type="button"
            class="button"
            disabled={busy}
            aria-busy={busy}
            onClick={() => onSync(source.id)}
          >
            {busy ? t('sources_syncing') : t('sources_actionSync')}
          </button>
          {'oauth' in SOURCE_METADATA[source.tool] ? (
            <button
              type="button"
              class={`button${problem === 'connect-again' ? ' button--primary' : ''}`}
              disabled={busy}
              onClick={() => props.onConnectAgain?.(source.id)}
            >
              {t('hootsuite_actionConnectAgain')}
            </button>
          ) : (
            <button type="button" class="button" disabled={busy} onClick={() => setMode('key')}>
              {t('sources_actionReplaceKey')}
            </button>
          )}
          <button
            type="button"
            class="button button--danger"
            disabled={busy}
            onClick={() => setMode('disconnect')}
          >
            {t('sources_actionDisconnect')}
          </button>
        </div>
      ) : mode === 'key' ? (
        <form class="source__key" onSubmit={saveKey} noValidate>
          <Field id={`new-key-${source.id}`} label={t('sources_fieldNewKey', [source.toolName])}>
            {(aria) => (
              <input {...aria} name="new-key" type="password" autocomplete="off" spellcheck={false} />
            )}
          </Field>
          {source.keyExpiryField ? (
            <KeyExpiryField
              id={`new-key-expiry-${source.id}`}
              name="new-key-expiry"
              tool={source.toolName}
              error={badExpiry}
            />
          ) : null}
          <div class="actions">
            <button type="submit" class="button button--primary">
              {t('sources_actionSaveKey')}
            </button>
            <button type="button" class="button" onClick={() => setMode('idle')}>
              {t('sources_actionCancel')}
            </button>
          </div>
        </form>
      ) : (
        <fieldset class="source__confirm">
          <legend>{t('sources_disconnectQuestion', [source.toolName])}</legend>
          <p class="field__hint" id={`disconnect-hint-${source.id}`}>
            {t('sources_disconnectRemoveHint', [String(source.removable), source.toolName])}
            {source.gone
              ? ` ${t('sources_disconnectGoneApart', [String(source.gone), source.toolName])}`
              : ''}
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={() => onDisconnect(source.id, false)}>
              {t('sources_disconnectKeep')}
            </button>
            <button
              type="button"
              class="button button--danger"
              aria-describedby={`disconnect-hint-${source.id}`}
              onClick={() => onDisconnect(source.id, true)}
            >
              {t('sources_disconnectRemove', [String(source.removable)])}
            </button>
            <button type="button" class="button" onClick={() => setMode('idle')}>
              {t('sources_actionCancel')}
            </button>
          </div>
        </fieldset>
      )}
    </li>
  );
}
