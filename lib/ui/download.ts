import type { ExportFile } from '@/lib/domain/import-export';

/** Saves an export as a file through a Blob URL and an `<a download>`. */
export function downloadExport(result: ExportFile): void {
  const url = URL.createObjectURL(new Blob([result.text], { type: result.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
