import { keyExpiryState } from '@/lib/domain/key-expiry';
import { useI18n } from '../../i18n';
import { Field } from '../field';

/**
 * The date a tool's key itself expires (a Planable token's, chosen when it was made): optional, empty for a
 * key that never expires. The value is a calendar day; `keyExpiryFromDay` turns it into a moment.
 */
export function KeyExpiryField({
  id,
  name,
  tool,
  error,
}: {
  id: string;
  name: string;
  tool: string;
  error?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Field
      id={id}
      label={t('sources_fieldKeyExpiry', [tool])}
      hint={t('sources_fieldKeyExpiryHint', [tool])}
      error={error ? t('sources_keyExpiryInvalid') : undefined}
    >
      {(aria) => <input {...aria} name={name} type="date" autocomplete="off" />}
    </Field>
  );
}

/**
 * "Your Planable token expires on …" on the tool's row: plain words while far off, a warning (words and an
 * icon, not colour only) within the warning window, and once passed the source's own problem, "replace the
 * key": never a word about its profiles' connections.
 */
export function KeyExpiryLine({
  expiresAt,
  tool,
  now,
  warnDays,
}: {
  expiresAt: string;
  tool: string;
  now: Date;
  warnDays: number;
}) {
  const { t, locale } = useI18n();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(expiresAt));
  const state = keyExpiryState(expiresAt, now, warnDays);
  if (state === 'ok') return <p class="source__key-expiry">{t('sources_keyExpiresOn', [tool, day])}</p>;
  return (
    <p
      class={`source__key-expiry notice ${state === 'soon' ? 'notice--warning' : 'notice--error'}`}
      role="status"
    >
      <span aria-hidden="true">⚠ </span>
      {state === 'soon' ? t('sources_keyExpiresSoon', [tool, day]) : t('sources_keyExpired', [tool, day])}
    </p>
  );
}
