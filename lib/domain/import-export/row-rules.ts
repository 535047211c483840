import type { FieldIssue } from '../field-issue';
import { platform } from '../platform-metadata';
import { profileIdentity } from '../profile';
import type { ImportRow } from './contract';
import { rowMessages } from './import-messages';
import { isLaterThanNow } from './local-date';

/**
 * The rules between a row's fields and between rows that `parseImportFile` applies, checked again on rows
 * it accepted: the background's border does not trust the page that read the file. A `connectedAt` later
 * than `now`, a token for a platform without a live check, and a second row with the identity of an
 * earlier one (`profileIdentity`) are each a problem on that row and field; no value is quoted back.
 */
export function recheckImportRows(rows: readonly ImportRow[], now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const firstRowByIdentity = new Map<string, number>();
  for (const { row, ...profile } of rows) {
    if (profile.connectedAt && isLaterThanNow(profile.connectedAt, now)) {
      issues.push({ row, field: 'connectedAt', text: rowMessages.connectedInFuture() });
    }
    const meta = platform(profile.platform);
    if (profile.accessToken && !meta.liveCheck) {
      issues.push({ row, field: 'accessToken', text: rowMessages.tokenNotUsed(meta.displayName) });
    }
    const key = profileIdentity(profile);
    const first = firstRowByIdentity.get(key);
    const by = profile.handle?.trim().replace(/^@/, '') ? 'handle' : 'name';
    if (first === undefined) firstRowByIdentity.set(key, row);
    else issues.push({ row, field: by, text: rowMessages.duplicate(by, first) });
  }
  return issues;
}
