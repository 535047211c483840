// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '@/components/options/export-panel';
import { ImportPanel } from '@/components/options/import-panel';
import { renderWithI18n } from './render';

describe('import panel', () => {
  it('lists every issue of a failed import in an alert, with row and field', () => {
    renderWithI18n(
      <ImportPanel
        onFile={vi.fn()}
        state={{
          kind: 'failed',
          fileName: 'profiles.json',
          message: 'Nothing was imported: 2 problems in the file.',
          issues: [
            { row: 3, field: 'expiresAt', message: 'Invalid ISO date' },
            {
              row: 5,
              field: 'platform',
              text: { key: 'import_row_unknownPlatformValue', params: ['"myspace"', 'facebook, x'] },
            },
            { message: 'The file is not valid JSON' },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not import profiles.json.');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Row 3 · expiresAt · Invalid ISO date',
      'Row 5 · platform · unknown platform "myspace" (use one of: facebook, x)',
      'The file is not valid JSON',
    ]);
  });

  it('says how many profiles were new and how many updated', () => {
    renderWithI18n(
      <ImportPanel
        onFile={vi.fn()}
        state={{ kind: 'done', fileName: 'a.csv', summary: { created: 2, updated: 1 } }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Imported 3 profiles (new: 2, updated: 1).');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hands the chosen file over, from a file input labelled apart from any button', () => {
    const onFile = vi.fn();
    renderWithI18n(<ImportPanel onFile={onFile} state={{ kind: 'idle' }} />);
    const input = screen.getByLabelText('Choose a JSON or CSV file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    expect(input.accept).toContain('.csv');
    const file = new File(['{}'], 'profiles.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('takes a file dropped on the drop zone', () => {
    const onFile = vi.fn();
    renderWithI18n(<ImportPanel onFile={onFile} state={{ kind: 'idle' }} />);
    const zone = screen.getByText('Drop a file here, or choose one.').parentElement!;
    const file = new File(['platform,name'], 'profiles.csv', { type: 'text/csv' });
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    expect(zone.classList.contains('dropzone--over')).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
    expect(zone.classList.contains('dropzone--over')).toBe(false);
  });
});

describe('export panel', () => {
  it('warns when access tokens are to be included, and passes the choice on', () => {
    const onExport = vi.fn();
    renderWithI18n(<ExportPanel busy={false} onExport={onExport} />);
    expect(screen.queryByText(/plain text/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include access tokens' }));
    const warning = screen.getByText(/plain text/);
    expect(screen.getByRole('checkbox').getAttribute('aria-describedby')).toBe(warning.closest('p')?.id);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExport).toHaveBeenCalledWith('csv', true);
  });

  it('exports without tokens by default', () => {
    const onExport = vi.fn();
    renderWithI18n(<ExportPanel busy={false} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(onExport).toHaveBeenCalledWith('json', false);
  });
});
