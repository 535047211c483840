/** One problem found in user input (a form or an import file), tied to where it is. */
export interface FieldIssue {
  /** 1-based row in the file (data rows; the CSV header is row 0); absent for file-level problems. */
  row?: number;
  field?: string;
  message: string;
}
