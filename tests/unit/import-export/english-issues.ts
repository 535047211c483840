import { issueWords } from '@/components/issue-text';
import type { FieldIssue } from '@/lib/domain/field-issue';
import { i18n } from '../components/render';

/** An issue as an English reader sees it (the field stays apart: messages no longer start with it). */
export function english(issue: FieldIssue): string {
  return issueWords(i18n, issue);
}

/** File-level messages that were written after their field ("version: missing (expected 1)."). */
const FIELD_FIRST = new Set([
  'import_wrongFormat',
  'import_missingVersion',
  'import_newerVersion',
  'import_unsupportedVersion',
  'import_profilesNotAList',
]);

/**
 * Issues with their English words in `message`, as the tests wrote them before the words moved to the
 * catalogue: a message about a field that starts in lower case reads "field: message".
 */
export function inEnglish(
  issues: readonly FieldIssue[],
): { row?: number; field?: string; message: string }[] {
  return issues.map((issue) => {
    const { row, field, text } = issue;
    const words = english(issue);
    const key = text?.key ?? '';
    const prefixed =
      !!field &&
      (key.startsWith('import_row_') ? !key.startsWith('import_row_unknownField') : FIELD_FIRST.has(key));
    return {
      ...(row === undefined ? {} : { row }),
      ...(field === undefined ? {} : { field }),
      message: prefixed ? `${field}: ${words}` : words,
    };
  });
}
