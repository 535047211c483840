import { useState } from 'preact/hooks';
import { relativeTime } from '@/lib/domain/countdown';
import type { ProfileView } from '@/lib/messaging/views';
import { type MessageKey, useI18n } from '../i18n';
import { Field } from './field';
import { noCheckSentence } from './no-check-reason';

export interface TokenPanelProps {
  profile: Pick<ProfileView, 'id' | 'name' | 'platform' | 'hasToken' | 'lastCheck'>;
  now: Date;
  busy: boolean;
  error?: string;
  /** Resolves true when the token was stored. */
  onSet(token: string): Promise<boolean>;
  onRemove(): void;
}

/**
 * A profile's access token, write-only: it can be set, replaced or removed, never shown again
 * (pages never receive tokens). On a platform without a live check it says why, and offers no token
 * field: only the removal of a token an earlier version stored.
 */
export function TokenPanel(props: TokenPanelProps) {
  const noCheck = noCheckSentence(props.profile.platform);
  return noCheck ? <UncheckedTokenPanel {...props} sentence={noCheck} /> : <CheckedTokenPanel {...props} />;
}

function UncheckedTokenPanel({
  profile,
  busy,
  error,
  onRemove,
  sentence,
}: TokenPanelProps & { sentence: MessageKey }) {
  const { t } = useI18n();
  const [confirmRemove, setConfirmRemove] = useState(false);
  return (
    <section class="token-panel" aria-labelledby="token-title">
      <h3 id="token-title">{t('tokenTitle')}</h3>
      <p class="token-panel__no-check">{t(sentence)}</p>
      <p class="field__hint">{t('a2TokenNoCheckDates')}</p>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {profile.hasToken ? (
        <>
          <p class="token-panel__state">{t('a2TokenStoredUnused')}</p>
          <RemoveToken
            busy={busy}
            confirming={confirmRemove}
            onConfirming={setConfirmRemove}
            onRemove={onRemove}
          />
        </>
      ) : null}
    </section>
  );
}

function RemoveToken(props: {
  busy: boolean;
  confirming: boolean;
  onConfirming(confirming: boolean): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  if (!props.confirming) {
    return (
      <div class="actions">
        <button type="button" class="button" onClick={() => props.onConfirming(true)}>
          {t('actionRemoveToken')}
        </button>
      </div>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{t('tokenRemoveQuestion')}</legend>
      <div class="actions">
        <button
          type="button"
          class="button button--danger"
          disabled={props.busy}
          onClick={() => {
            props.onConfirming(false);
            props.onRemove();
          }}
        >
          {t('actionRemoveToken')}
        </button>
        <button type="button" class="button" onClick={() => props.onConfirming(false)}>
          {t('actionCancel')}
        </button>
      </div>
    </fieldset>
  );
}

function CheckedTokenPanel({ profile, now, busy, error, onSet, onRemove }: TokenPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [replacing, setReplacing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [value, setValue] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const editing = !profile.hasToken || replacing;

  const save = async (e: Event) => {
    e.preventDefault();
    if (value.trim().length < 8) {
      setTooShort(true);
      return;
    }
    if (await onSet(value.trim())) {
      setValue('');
      setReplacing(false);
      setTooShort(false);
    }
  };

  const checked = profile.lastCheck
    ? t('tokenLastChecked', relativeTime(new Date(profile.lastCheck.at), now, i18n.locale))
    : t('tokenNotChecked');

  return (
    <section class="token-panel" aria-labelledby="token-title">
      <h3 id="token-title">{t('tokenTitle')}</h3>
      <p class="field__hint">{t('tokenExplain')}</p>
      {profile.hasToken ? (
        <p class="token-panel__state">
          <strong>{t('tokenStored')}</strong> · {checked}
        </p>
      ) : null}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {editing ? (
        <form class="token-panel__form" onSubmit={save} noValidate>
          <Field
            id="token-input"
            label={t('fieldToken')}
            hint={t('fieldTokenHint')}
            error={tooShort ? t('tokenTooShort') : undefined}
          >
            {(aria) => (
              <input
                {...aria}
                type="password"
                autocomplete="off"
                spellcheck={false}
                value={value}
                onInput={(e) => setValue(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="actions">
            <button type="submit" class="button button--primary" disabled={busy} aria-busy={busy}>
              {t('actionSaveToken')}
            </button>
            {replacing ? (
              <button type="button" class="button" onClick={() => setReplacing(false)}>
                {t('actionCancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : confirmRemove ? (
        <RemoveToken busy={busy} confirming onConfirming={setConfirmRemove} onRemove={onRemove} />
      ) : (
        <div class="actions">
          <button type="button" class="button" onClick={() => setReplacing(true)}>
            {t('actionReplaceToken')}
          </button>
          <button type="button" class="button" onClick={() => setConfirmRemove(true)}>
            {t('actionRemoveToken')}
          </button>
        </div>
      )}
    </section>
  );
}
