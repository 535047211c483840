import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { DangerZone } from '@/components/options/danger-zone';
import { SettingsForm, type SettingsFormProps } from '@/components/options/settings-form';
import { ProgressAnnouncer } from '@/components/progress/progress-announcer';
import { shownWork, WorkProgress } from '@/components/progress/work-progress';
import type { Settings } from '@/lib/domain/settings';
import { send } from '@/lib/messaging/client';
import type { WorkKind } from '@/lib/messaging/progress';
import { useProgress } from '@/lib/ui/use-progress';
import { useSnapshot } from '@/lib/ui/use-snapshot';
import { DataSection } from './data-section';
import { describeError } from './errors';
import { LazyTimelineSection } from './lazy-timeline';
import { ProfilesSection } from './profiles-section';
import { SourcesSection } from './sources-section';

/** The options page: profiles, import & export, settings, danger zone. Wiring only. */
export function OptionsApp() {
  const i18n = useI18n();
  const { t } = i18n;
  const { snapshot, error, retrying, refresh, retry } = useSnapshot();
  const [settingsSaving, setSettingsSaving] = useState(false);
  const [settingsResult, setSettingsResult] = useState<SettingsFormProps['result']>();
  const [deleting, setDeleting] = useState(false);
  const [deleteResult, setDeleteResult] = useState<{ ok: boolean; message: string }>();
  const progress = shownWork(useProgress(), Date.now());
  // An import shows its bar beside the file it reads; checks and syncs at the top, wherever they began.
  const work = progress.filter((w) => w.kind !== 'import');
  const importing = progress.find((w) => w.kind === 'import');
  const [stopError, setStopError] = useState<string>();

  const stop = async (kind: WorkKind) => {
    setStopError(undefined);
    try {
      await send({ type: 'stop-work', kind });
    } catch (e) {
      setStopError(t('progress_stopFailed', describeError(e).message));
    }
  };

  const saveSettings = async (settings: Settings) => {
    setSettingsSaving(true);
    try {
      await send({ type: 'save-settings', settings });
      setSettingsResult({ ok: true });
      await refresh();
    } catch (e) {
      setSettingsResult({ ok: false, ...describeError(e) });
    } finally {
      setSettingsSaving(false);
    }
  };

  const deleteAll = async () => {
    setDeleting(true);
    try {
      const { deleted } = await send({ type: 'delete-all', confirm: true });
      setDeleteResult({ ok: true, message: t('deleteAllDone', String(deleted)) });
      await refresh();
    } catch (e) {
      setDeleteResult({ ok: false, message: t('deleteAllFailed', describeError(e).message) });
    } finally {
      setDeleting(false);
    }
  };

  return (
    <div class="options">
      <header class="options__header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('sectionsNavLabel')}>
          <ul>
            <li>
              <a href="#profiles">{t('sectionProfiles')}</a>
            </li>
            <li>
              <a href="#timeline">{t('timeline_title')}</a>
            </li>
            <li>
              <a href="#sources">{t('sources_sectionTitle')}</a>
            </li>
            <li>
              <a href="#data">{t('sectionImportExport')}</a>
            </li>
            <li>
              <a href="#settings">{t('sectionSettings')}</a>
            </li>
            <li>
              <a href="#danger">{t('sectionDanger')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        {/* Long work started here or in the popup (a pass of checks, a sync), wherever it began. */}
        {work.length ? (
          <div class="options__progress">
            {work.map((w) => (
              <WorkProgress key={w.kind} work={w} onStop={(kind) => void stop(kind)} />
            ))}
          </div>
        ) : null}
        <ProgressAnnouncer work={progress} />
        {stopError ? (
          <p class="notice notice--error" role="alert">
            {stopError}
          </p>
        ) : null}
        {!snapshot ? (
          error ? (
            <div class="notice notice--error" role="alert">
              <p>{t('loadFailed', error)}</p>
              {retrying ? <p aria-busy="true">{t('loadRetrying')}</p> : null}
              <button type="button" class="button" onClick={() => void retry()}>
                {t('actionRetry')}
              </button>
            </div>
          ) : (
            <p aria-busy="true">{t('loading')}</p>
          )
        ) : (
          <>
            {snapshot.quarantined ? (
              <p class="notice notice--warning">{t('quarantinedNotice', String(snapshot.quarantined))}</p>
            ) : null}
            <section id="profiles" aria-labelledby="profiles-title">
              <h2 id="profiles-title">{t('sectionProfiles')}</h2>
              <ProfilesSection snapshot={snapshot} refresh={refresh} />
            </section>
            <section id="timeline" aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t('timeline_title')}</h2>
              <LazyTimelineSection snapshot={snapshot} />
            </section>
            <section id="sources" aria-labelledby="sources-title">
              <h2 id="sources-title">{t('sources_sectionTitle')}</h2>
              <SourcesSection snapshot={snapshot} refresh={refresh} />
            </section>
            <section id="data" aria-labelledby="data-title">
              <h2 id="data-title">{t('sectionImportExport')}</h2>
              <DataSection refresh={refresh} progress={importing} onStop={(kind) => void stop(kind)} />
            </section>
            <section id="settings" aria-labelledby="settings-title">
              <h2 id="settings-title">{t('sectionSettings')}</h2>
              <SettingsForm
                settings={snapshot.settings}
                saving={settingsSaving}
                result={settingsResult}
                onSave={(s) => void saveSettings(s)}
              />
            </section>
            <section id="danger" class="section--danger" aria-labelledby="danger-title">
              <h2 id="danger-title">{t('sectionDanger')}</h2>
              <DangerZone busy={deleting} result={deleteResult} onDeleteAll={() => void deleteAll()} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
