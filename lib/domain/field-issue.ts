import type { IssueMessage } from './import-export/import-messages';

/** One problem found in user input (a form or an import file), tied to where it is. */
export interface FieldIssue {
  /** 1-based row in the file (data rows; the CSV header is row 0); absent for file-level problems. */
  row?: number;
  field?: string;
  /** What is wrong, as a message key and its parameters (the page words it in the reader's language). */
  text?: IssueMessage;
  /** What is wrong, already worded (a name, or a message the background translated). */
  message?: string;
}
