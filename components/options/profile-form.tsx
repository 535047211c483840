import { useEffect, useRef, useState } from 'preact/hooks';
import { issueSentence } from '@/components/issue-text';
import { isLaterThanNow, type TimeZone } from '@/lib/domain/import-export';
import { schemaIssueMessage } from '@/lib/domain/import-export/import-messages';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';
import { PROFILE_KINDS, type ProfileInput, profileInputSchema } from '@/lib/domain/profile';
import type { FieldIssue, ProfileView } from '@/lib/messaging/views';
import { type MessageKey, useI18n } from '../i18n';
import { dateInputToIso, isoToDateInput, localTimeZone } from './date-input';
import { Field } from './field';
import { noCheckSentence } from './no-check-reason';

type TextField = 'name' | 'handle' | 'publisher' | 'reconnectUrl' | 'notes';
type FormField = keyof ProfileInput | 'token';
type Values = Record<Exclude<FormField, 'platform' | 'kind'>, string> &
  Pick<ProfileInput, 'platform' | 'kind'>;
export type FieldErrors = Partial<Record<FormField, string>>;

export interface ProfileFormProps {
  /** The profile being edited; a new profile when absent. */
  profile?: ProfileView;
  saving: boolean;
  /** Problems the background reported, shown beside their fields. */
  issues: readonly FieldIssue[];
  /** `token` is only asked for a new profile (an existing one has its own token panel). */
  onSubmit(input: ProfileInput, token?: string): void;
  onCancel(): void;
  /** The user's time zone: a date field's day starts at its midnight (default: this page's zone). */
  timeZone?: TimeZone;
  /** The clock a connection date is compared with (default: the time of each check). */
  now?: () => Date;
}

export const KIND_KEYS = {
  user: 'kindUser',
  page: 'kindPage',
  organization: 'kindOrganization',
  channel: 'kindChannel',
  business: 'kindBusiness',
} as const satisfies Record<(typeof PROFILE_KINDS)[number], MessageKey>;

function initialValues(p: ProfileView | undefined, timeZone: TimeZone): Values {
  return {
    platform: p?.platform ?? 'facebook',
    kind: p?.kind,
    name: p?.name ?? '',
    handle: p?.handle ?? '',
    publisher: p?.publisher ?? '',
    reconnectUrl: p?.reconnectUrl ?? '',
    connectedAt: isoToDateInput(p?.connectedAt, timeZone),
    expiresAt: isoToDateInput(p?.expiresAt, timeZone),
    notes: p?.notes ?? '',
    token: '',
  };
}

const blank = (s: string) => (s.trim() ? s.trim() : undefined);

/** The form's values as the profile input the background expects (empty fields left out). */
export function toProfileInput(
  v: Values,
  original: ProfileView | undefined,
  timeZone: TimeZone,
): Record<string, unknown> {
  return {
    platform: v.platform,
    name: v.name.trim(),
    kind: v.kind,
    handle: blank(v.handle),
    publisher: blank(v.publisher),
    reconnectUrl: blank(v.reconnectUrl),
    connectedAt: dateInputToIso(v.connectedAt, original?.connectedAt, timeZone),
    expiresAt: dateInputToIso(v.expiresAt, original?.expiresAt, timeZone),
    notes: blank(v.notes),
  };
}

interface Checks {
  original: ProfileView | undefined;
  timeZone: TimeZone;
  now: Date;
  messages: { tokenTooShort: string; connectedInFuture: string };
  /** An issue in the reader's language. */
  words: (issue: FieldIssue) => string;
}

function validate(v: Values, { original, timeZone, now, messages, words }: Checks): FieldErrors {
  const errors: FieldErrors = {};
  const input = toProfileInput(v, original, timeZone);
  const result = profileInputSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as FormField | undefined;
      if (field && !errors[field]) errors[field] = words({ text: schemaIssueMessage(field, issue) });
    }
  }
  // A connection date in the future would silence every check before it (one minute of clock skew allowed).
  const connectedAt = input.connectedAt;
  if (!errors.connectedAt && typeof connectedAt === 'string' && isLaterThanNow(connectedAt, now)) {
    errors.connectedAt = messages.connectedInFuture;
  }
  if (!noCheckSentence(v.platform) && v.token.trim() && v.token.trim().length < 8) {
    errors.token = messages.tokenTooShort;
  }
  return errors;
}

/** Add or edit a profile, with each field's problem shown beside it. */
export function ProfileForm(props: ProfileFormProps) {
  const { profile, saving, issues, onSubmit, onCancel } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const [timeZone] = useState(() => props.timeZone ?? localTimeZone());
  const [values, setValues] = useState(() => initialValues(profile, timeZone));
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = validate(values, {
    original: profile,
    timeZone,
    now: props.now?.() ?? new Date(),
    messages: { tokenTooShort: t('tokenTooShort'), connectedInFuture: t('a2ConnectedInFuture') },
    words: (issue) => issueSentence(i18n, issue),
  });
  // No token field where no live check means anything: the sentence says why (token-panel.tsx too).
  const noCheck = noCheckSentence(values.platform);
  const serverErrors: FieldErrors = {};
  const formIssues: string[] = [];
  for (const issue of issues) {
    // The background names request fields by their path ("profile.name").
    const field = issue.field?.replace(/^profile\./, '') as FormField | undefined;
    const text = issueSentence(i18n, issue);
    if (field && field in values && !serverErrors[field]) serverErrors[field] = text;
    else formIssues.push(issue.field ? `${issue.field} · ${text}` : text);
  }
  const errorFor = (f: FormField) => ((submitted || touched.has(f)) && errors[f]) || serverErrors[f];

  useEffect(() => heading.current?.focus(), []);

  const set = (field: keyof Values) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setValues((v) => ({ ...v, [field]: field === 'kind' && !value ? undefined : value }));
  };
  const touch = (field: FormField) => () => setTouched((s) => new Set(s).add(field));

  const submit = (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    const firstError = (Object.keys(errors) as FormField[])[0];
    if (firstError) {
      document.getElementById(`profile-${firstError}`)?.focus();
      return;
    }
    const input = profileInputSchema.parse(toProfileInput(values, profile, timeZone));
    onSubmit(input, profile || noCheck ? undefined : blank(values.token));
  };

  const text = (field: TextField, label: MessageKey, type = 'text', hint?: MessageKey) => (
    <Field id={`profile-${field}`} label={t(label)} hint={hint && t(hint)} error={errorFor(field)}>
      {(aria) => (
        <input
          {...aria}
          type={type}
          value={values[field]}
          onInput={set(field)}
          onBlur={touch(field)}
          required={field === 'name'}
        />
      )}
    </Field>
  );
  const date = (field: 'connectedAt' | 'expiresAt', label: MessageKey, hint: MessageKey) => (
    <Field id={`profile-${field}`} label={t(label)} hint={t(hint)} error={errorFor(field)}>
      {(aria) => (
        <input {...aria} type="date" value={values[field]} onInput={set(field)} onBlur={touch(field)} />
      )}
    </Field>
  );

  return (
    <form class="profile-form" onSubmit={submit} noValidate aria-labelledby="profile-form-title">
      <h3 id="profile-form-title" tabIndex={-1} ref={heading}>
        {profile ? t('editProfileTitle', profile.name) : t('addProfileTitle')}
      </h3>
      {formIssues.length ? (
        <ul class="notice notice--error" role="alert">
          {formIssues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <div class="form-grid">
        <Field id="profile-platform" label={t('fieldPlatform')} error={errorFor('platform')}>
          {(aria) => (
            <select {...aria} value={values.platform} onChange={set('platform')}>
              {PLATFORM_IDS.map((id) => (
                <option key={id} value={id}>
                  {platform(id).displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('name', 'fieldName')}
        <Field id="profile-kind" label={t('fieldKind')} error={errorFor('kind')}>
          {(aria) => (
            <select {...aria} value={values.kind ?? ''} onChange={set('kind')}>
              <option value="">{t('kindNone')}</option>
              {PROFILE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(KIND_KEYS[kind])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('handle', 'fieldHandle')}
        {text('publisher', 'fieldPublisher', 'text', 'fieldPublisherHint')}
        {text('reconnectUrl', 'fieldReconnectUrl', 'url', 'fieldReconnectUrlHint')}
        {date('connectedAt', 'fieldConnectedAt', 'fieldConnectedAtHint')}
        {date('expiresAt', 'fieldExpiresAt', 'fieldExpiresAtHint')}
      </div>
      <Field id="profile-notes" label={t('fieldNotes')} error={errorFor('notes')}>
        {(aria) => (
          <textarea {...aria} rows={3} value={values.notes} onInput={set('notes')} onBlur={touch('notes')} />
        )}
      </Field>
      {profile ? null : noCheck ? (
        <p class="field__hint profile-form__no-check">{t(noCheck)}</p>
      ) : (
        <Field
          id="profile-token"
          label={t('fieldToken')}
          hint={t('fieldTokenHint')}
          error={errorFor('token')}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={values.token}
              onInput={set('token')}
              onBlur={touch('token')}
            />
          )}
        </Field>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('actionSaving') : profile ? t('actionSaveChanges') : t('actionAddProfile')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
