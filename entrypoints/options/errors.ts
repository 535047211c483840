import { RequestError } from '@/lib/messaging/client';
import type { FieldIssue } from '@/lib/messaging/views';

/** A failed request as a message and its field issues, whatever was thrown. */
export function describeError(e: unknown): { message: string; issues: FieldIssue[] } {
  if (e instanceof RequestError) return { message: e.message, issues: e.issues };
  return { message: e instanceof Error ? e.message : String(e), issues: [] };
}
