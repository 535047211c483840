import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export type ExportFormat = 'json' | 'csv';

export interface ExportPanelProps {
  busy: boolean;
  error?: string;
  onExport(format: ExportFormat, includeTokens: boolean): void;
}

/** Export every profile as JSON or CSV; tokens only when asked for, with a warning. */
export function ExportPanel({ busy, error, onExport }: ExportPanelProps) {
  const { t } = useI18n();
  const [includeTokens, setIncludeTokens] = useState(false);
  return (
    <div class="export-panel">
      <div class="check">
        <input
          id="export-tokens"
          type="checkbox"
          checked={includeTokens}
          aria-describedby={includeTokens ? 'export-tokens-warning' : undefined}
          onChange={(e) => setIncludeTokens(e.currentTarget.checked)}
        />
        <label for="export-tokens">{t('exportIncludeTokens')}</label>
      </div>
      {includeTokens ? (
        <p class="notice notice--warning" id="export-tokens-warning">
          <strong>{t('exportTokensWarningTitle')}</strong> {t('exportTokensWarning')}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class="button" disabled={busy} onClick={() => onExport('json', includeTokens)}>
          {t('actionExportJson')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => onExport('csv', includeTokens)}>
          {t('actionExportCsv')}
        </button>
      </div>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
