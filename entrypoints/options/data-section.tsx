import { useState } from 'preact/hooks';
import { plural, useI18n } from '@/components/i18n';
import { type ExportFormat, ExportPanel } from '@/components/options/export-panel';
import { ImportPanel, type ImportState } from '@/components/options/import-panel';
import { WorkProgress } from '@/components/progress/work-progress';
import { exportFile, parseImportFile } from '@/lib/domain/import-export';
import { RequestError, send } from '@/lib/messaging/client';
import type { WorkProgress as Work } from '@/lib/messaging/progress';
import { downloadExport } from '@/lib/ui/download';
import { describeError } from './errors';

/**
 * Wiring for Import & export: the file is read here (every problem with its row and field, nothing sent
 * unless the whole file is valid) and its rows go to the background, which checks them again; the
 * background's profiles (and tokens, if asked for) are written here as a file and downloaded.
 */
export function DataSection({
  refresh,
  progress,
  onStop,
}: {
  refresh(): Promise<void>;
  /** A large import under way (or just over): its bar and Stop. */
  progress?: Work;
  onStop(kind: Work['kind']): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [exportBusy, setExportBusy] = useState(false);
  const [exportError, setExportError] = useState<string>();

  const importFile = async (file: File) => {
    setImportState({ kind: 'busy', fileName: file.name });
    try {
      const parsed = parseImportFile(file.name, await file.text(), {
        now: new Date(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      if (!parsed.ok) {
        const count = parsed.issues.length;
        const problems = plural(i18n, count, 'i18n_errorImportProblemsOne', 'i18n_errorImportProblemsOther');
        throw new RequestError(problems, parsed.issues);
      }
      const summary = await send({ type: 'import', rows: parsed.rows });
      setImportState({ kind: 'done', fileName: file.name, summary });
      await refresh();
    } catch (e) {
      const { message, issues } = describeError(e);
      setImportState({
        kind: 'failed',
        fileName: file.name,
        message: t('importNothingImported', message),
        issues,
      });
    }
  };

  const exportAs = async (format: ExportFormat, includeTokens: boolean) => {
    setExportBusy(true);
    setExportError(undefined);
    try {
      const data = await send({ type: 'export', includeTokens });
      downloadExport(exportFile(data.profiles, format, new Date(), data.tokens));
    } catch (e) {
      const { message, issues } = describeError(e);
      const unreadable = issues.filter((i) => i.field === 'accessToken').map((i) => i.message);
      // One damaged token must not cost the whole backup: name it, and export the rest if the person agrees.
      if (
        unreadable.length &&
        window.confirm(t('checkCycleExportWithoutUnreadable', unreadable.join(', ')))
      ) {
        try {
          const data = await send({ type: 'export', includeTokens, skipUnreadableTokens: true });
          downloadExport(exportFile(data.profiles, format, new Date(), data.tokens));
        } catch (again) {
          setExportError(t('exportFailed', describeError(again).message));
        }
      } else {
        setExportError(t('exportFailed', message));
      }
    } finally {
      setExportBusy(false);
    }
  };

  return (
    <>
      <h3>{t('importTitle')}</h3>
      <ImportPanel state={importState} onFile={(file) => void importFile(file)} />
      {progress ? <WorkProgress work={progress} onStop={onStop} /> : null}
      <h3>{t('exportTitle')}</h3>
      <ExportPanel busy={exportBusy} error={exportError} onExport={(f, tokens) => void exportAs(f, tokens)} />
    </>
  );
}
