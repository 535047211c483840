import { useEffect, useState } from 'preact/hooks';
import { issueSentence } from '@/components/issue-text';
import type { FieldIssue } from '@/lib/domain/field-issue';
import { schemaIssueMessage } from '@/lib/domain/import-export/import-messages';
import { platform } from '@/lib/domain/platform-metadata';
import {
  BANNER_SITES,
  type BannerSite,
  type Settings,
  settingsSchema,
  TIMELINE_RANGES,
} from '@/lib/domain/settings';
import { type MessageKey, useI18n } from '../i18n';
import { Field } from './field';

type NumberField = 'warnDays' | 'checkIntervalMinutes' | 'bannerDays';

export interface SettingsFormProps {
  settings: Settings;
  saving: boolean;
  /** What happened last: saved, or the background's error with its issues. */
  result?: { ok: true } | { ok: false; message: string; issues: readonly FieldIssue[] };
  onSave(settings: Settings): void;
}

/** The bounds `settingsSchema` enforces, for the messages (a test holds the two together). */
export const SETTING_RANGES: Record<NumberField, [number, number]> = {
  warnDays: [1, 60],
  checkIntervalMinutes: [15, 24 * 60],
  bannerDays: [0, 30],
};

const NUMBER_FIELDS: [NumberField, MessageKey, MessageKey][] = [
  ['warnDays', 'settingWarnDays', 'settingWarnDaysHint'],
  ['checkIntervalMinutes', 'settingCheckInterval', 'settingCheckIntervalHint'],
  ['bannerDays', 'settingBannerDays', 'settingBannerDaysHint'],
];

type Draft = Record<NumberField, string> &
  Pick<Settings, 'notifications' | 'banners' | 'timelineDays' | 'weeklyDigest'>;

function toDraft(s: Settings): Draft {
  return {
    warnDays: String(s.warnDays),
    checkIntervalMinutes: String(s.checkIntervalMinutes),
    bannerDays: String(s.bannerDays),
    notifications: s.notifications,
    banners: { ...s.banners },
    timelineDays: s.timelineDays,
    weeklyDigest: s.weeklyDigest,
  };
}

function fromDraft(d: Draft): Record<string, unknown> {
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  return {
    warnDays: num(d.warnDays),
    checkIntervalMinutes: num(d.checkIntervalMinutes),
    bannerDays: num(d.bannerDays),
    notifications: d.notifications,
    banners: d.banners,
    timelineDays: d.timelineDays,
    weeklyDigest: d.weeklyDigest,
  };
}

/** Settings with range checks beside each number; saved as a whole. */
export function SettingsForm({ settings, saving, result, onSave }: SettingsFormProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setDraft(toDraft(settings));
  }, [settings, dirty]);

  const range = (field: NumberField) =>
    SETTING_RANGES[field].map((n) => new Intl.NumberFormat(locale).format(n));
  const rangeMessage = (field: NumberField) => t('settingRange', range(field));

  const parsed = settingsSchema.safeParse(fromDraft(draft));
  const errors: Partial<Record<string, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      errors[key] ??= NUMBER_FIELDS.some(([field]) => field === key)
        ? rangeMessage(key as NumberField)
        : issueSentence({ t, locale }, { text: schemaIssueMessage(key, issue) });
    }
  }
  if (result && !result.ok) {
    for (const i of result.issues)
      if (i.field) errors[i.field.replace(/^settings\./, '')] ??= issueSentence({ t, locale }, i);
  }

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };

  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) {
          setDirty(false);
          onSave(parsed.data);
        } else {
          const first = parsed.error.issues[0]?.path[0];
          if (first) document.getElementById(`setting-${String(first)}`)?.focus();
        }
      }}
    >
      <div class="form-grid">
        {NUMBER_FIELDS.map(([field, label, hint]) => (
          <Field
            key={field}
            id={`setting-${field}`}
            label={t(label)}
            hint={t(hint, range(field))}
            error={errors[field]}
          >
            {(aria) => (
              <input
                {...aria}
                type="number"
                inputMode="numeric"
                value={draft[field]}
                onInput={(e) => update({ [field]: e.currentTarget.value })}
              />
            )}
          </Field>
        ))}
      </div>
      <div class="check">
        <input
          id="setting-notifications"
          type="checkbox"
          checked={draft.notifications}
          onChange={(e) => update({ notifications: e.currentTarget.checked })}
        />
        <label for="setting-notifications">{t('settingNotifications')}</label>
      </div>
      <div class="check">
        <input
          id="setting-weeklyDigest"
          type="checkbox"
          aria-describedby="setting-weeklyDigest-hint"
          checked={draft.weeklyDigest}
          onChange={(e) => update({ weeklyDigest: e.currentTarget.checked })}
        />
        <label for="setting-weeklyDigest">{t('digest_setting')}</label>
      </div>
      <p id="setting-weeklyDigest-hint" class="field__hint">
        {t('digest_settingHint')}
      </p>
      <div class="field">
        <label for="setting-timelineDays">{t('timeline_settingRange')}</label>
        <select
          id="setting-timelineDays"
          value={String(draft.timelineDays)}
          onChange={(e) =>
            update({ timelineDays: Number(e.currentTarget.value) as Settings['timelineDays'] })
          }
        >
          {TIMELINE_RANGES.map((days) => (
            <option key={days} value={String(days)}>
              {t('timeline_rangeOption', new Intl.NumberFormat(locale).format(days))}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="banner-sites">
        <legend>{t('settingBanners')}</legend>
        {BANNER_SITES.map((site: BannerSite) => (
          <div class="check" key={site}>
            <input
              id={`setting-banner-${site}`}
              type="checkbox"
              checked={draft.banners[site]}
              onChange={(e) => update({ banners: { ...draft.banners, [site]: e.currentTarget.checked } })}
            />
            <label for={`setting-banner-${site}`}>{t('settingBannerOn', platform(site).displayName)}</label>
          </div>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('actionSaving') : t('actionSaveSettings')}
        </button>
        {result?.ok && !dirty ? (
          <p class="notice notice--ok" role="status">
            {t('settingsSaved')}
          </p>
        ) : null}
        {result && !result.ok ? (
          <p class="notice notice--error" role="alert">
            {result.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
