import { useState } from 'preact/hooks';
import { issueWords } from '@/components/issue-text';
import type { FieldIssue, ImportSummary } from '@/lib/messaging/views';
import { type I18n, plural, useI18n } from '../i18n';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string; issues: readonly FieldIssue[] }
  | { kind: 'done'; fileName: string; summary: ImportSummary };

export interface ImportPanelProps {
  state: ImportState;
  onFile(file: File): void;
}

/** "Row 3 · expiresAt · Invalid date", "expiresAt · …", or the message alone. */
export function issueText(issue: FieldIssue, rowLabel: (row: string) => string, i18n: I18n): string {
  const message = issueWords(i18n, issue);
  return [issue.row === undefined ? '' : rowLabel(String(issue.row)), issue.field ?? '', message]
    .filter(Boolean)
    .join(' · ');
}

/** Import a JSON or CSV file, chosen or dropped; all or nothing, with every problem listed. */
export function ImportPanel({ state, onFile }: ImportPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [over, setOver] = useState(false);
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };

  return (
    <div class="import-panel">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard and screen-reader way in. */}
      <div
        class={`dropzone${over ? ' dropzone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          pick(e.dataTransfer?.files);
        }}
      >
        <p>{t('importDropHint')}</p>
        <label class="dropzone__label" for="import-file">
          {t('importChooseFile')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="import-file-hint"
          disabled={state.kind === 'busy'}
          onChange={(e) => {
            pick(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <p class="field__hint" id="import-file-hint">
          {t('importFormatHint')}
        </p>
      </div>
      {state.kind === 'busy' ? (
        <p class="notice" role="status" aria-busy="true">
          {t('importBusy', state.fileName)}
        </p>
      ) : state.kind === 'done' ? (
        <p class="notice notice--ok" role="status">
          {plural(i18n, state.summary.created + state.summary.updated, 'importDoneOne', 'importDoneOther')}{' '}
          {t('importDoneDetail', [String(state.summary.created), String(state.summary.updated)])}
        </p>
      ) : state.kind === 'failed' ? (
        <div class="notice notice--error" role="alert">
          <p>
            <strong>{t('importFailed', state.fileName)}</strong> {state.message}
          </p>
          {state.issues.length ? (
            <ul class="issues">
              {state.issues.map((issue, i) => (
                <li key={i}>{issueText(issue, (row) => t('importRow', row), i18n)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
