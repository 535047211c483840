import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { type ExportFormat, ExportPanel } from '@/components/options/export-panel';
import { ImportPanel, type ImportState } from '@/components/options/import-panel';
import { send } from '@/lib/messaging/client';
import { downloadExport } from '@/lib/ui/download';
import { describeError } from './errors';

/** Wiring for Import & export: file text to the background, the background's file to a download. */
export function DataSection({ refresh }: { refresh(): Promise<void> }) {
  const { t } = useI18n();
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [exportBusy, setExportBusy] = useState(false);
  const [exportError, setExportError] = useState<string>();

  const importFile = async (file: File) => {
    setImportState({ kind: 'busy', fileName: file.name });
    try {
      const text = await file.text();
      const summary = await send({ type: 'import', fileName: file.name, text });
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
      downloadExport(await send({ type: 'export', format, includeTokens }));
    } catch (e) {
      const { message, issues } = describeError(e);
      const unreadable = issues.filter((i) => i.field === 'accessToken').map((i) => i.message);
      // One damaged token must not cost the whole backup: name it, and export the rest if the person agrees.
      if (
        unreadable.length &&
        window.confirm(t('checkCycleExportWithoutUnreadable', unreadable.join(', ')))
      ) {
        try {
          downloadExport(await send({ type: 'export', format, includeTokens, skipUnreadableTokens: true }));
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
      <h3>{t('exportTitle')}</h3>
      <ExportPanel busy={exportBusy} error={exportError} onExport={(f, tokens) => void exportAs(f, tokens)} />
    </>
  );
}
