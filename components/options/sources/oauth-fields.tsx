import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { Field } from '../field';

export interface OAuthFieldsProps {
  /** Where the person registers their app (the tool's developer docs). */
  appHelpUrl: string;
  /** The extension's redirect URL (`identity.getRedirectURL()`), when the browser tells it before sign-in. */
  redirectUrl?: string;
  /** The last submit found the id or the secret empty. */
  missing: boolean;
}

/**
 * The person's own app for an OAuth tool (Hootsuite): the redirect URL to register, with a copy button, and
 * the app's client id and secret. The secret is a password field, emptied once the form is sent.
 */
export function OAuthFields({ appHelpUrl, redirectUrl, missing }: OAuthFieldsProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'ok' | 'failed'>();
  const copy = async () => {
    if (!redirectUrl) return;
    try {
      await navigator.clipboard.writeText(redirectUrl);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  const error = missing ? t('hootsuite_clientMissing') : undefined;
  return (
    <>
      <p class="field__hint">{t('hootsuite_appHint', [appHelpUrl])}</p>
      <Field
        key="redirect"
        id="oauth-redirect"
        label={t('hootsuite_redirectLabel')}
        hint={redirectUrl ? undefined : t('hootsuite_redirectUnknown')}
      >
        {(aria) => (
          <div class="sources__redirect">
            <input
              {...aria}
              type="text"
              readOnly
              value={redirectUrl ?? ''}
              spellcheck={false}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" class="button" disabled={!redirectUrl} onClick={() => void copy()}>
              {t('hootsuite_copy')}
            </button>
          </div>
        )}
      </Field>
      <p class="sources__copied" role="status">
        {copied === 'ok' ? t('hootsuite_copied') : copied === 'failed' ? t('hootsuite_copyFailed') : ''}
      </p>
      <Field key="client-id" id="oauth-client-id" label={t('hootsuite_fieldClientId')} error={error}>
        {(aria) => (
          <input {...aria} name="oauth-client-id" type="text" autocomplete="off" spellcheck={false} />
        )}
      </Field>
      <Field
        key="client-secret"
        id="oauth-client-secret"
        label={t('hootsuite_fieldClientSecret')}
        error={error}
      >
        {(aria) => (
          <input {...aria} name="oauth-client-secret" type="password" autocomplete="off" spellcheck={false} />
        )}
      </Field>
    </>
  );
}
