import type { FieldIssue } from '@/lib/domain/field-issue';
import type { I18n } from './i18n';

/** An issue in the reader's language: its message key and parameters, or words already given. */
export function issueWords(i18n: I18n, issue: FieldIssue): string {
  const { text } = issue;
  if (!text) return issue.message ?? '';
  const one =
    text.one && text.count !== undefined && new Intl.PluralRules(i18n.locale).select(text.count) === 'one';
  // Numbers are formatted in the reader's language ("4.800" in German).
  const number = new Intl.NumberFormat(i18n.locale);
  const params = text.params.map((p) => (typeof p === 'number' ? number.format(p) : p));
  return i18n.t(one && text.one ? text.one : text.key, params);
}

/** An issue shown on its own beside a field: a sentence ("Required"), whatever its message starts with. */
export function issueSentence(i18n: I18n, issue: FieldIssue): string {
  const words = issueWords(i18n, issue);
  return words.charAt(0).toLocaleUpperCase(i18n.locale) + words.slice(1);
}
