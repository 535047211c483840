import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface DangerZoneProps {
  busy: boolean;
  /** What happened last: "Deleted 5 profiles" or an error. */
  result?: { ok: boolean; message: string };
  onDeleteAll(): void;
}

/** Delete every profile, token, check and setting, after a second, explicit step. */
export function DangerZone({ busy, result, onDeleteAll }: DangerZoneProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <div class="danger">
      <p>{t('dangerExplain')}</p>
      {confirming ? (
        <fieldset class="confirm">
          <legend>
            <strong>{t('deleteAllQuestion')}</strong>
          </legend>
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              ref={confirm}
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('actionConfirmDeleteAll')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('actionCancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="button button--danger"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('actionDeleteAll')}
        </button>
      )}
      {result ? (
        <p
          class={`notice ${result.ok ? 'notice--ok' : 'notice--error'}`}
          role={result.ok ? 'status' : 'alert'}
        >
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
