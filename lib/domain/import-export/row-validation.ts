import type { z } from 'zod/mini';
import type { FieldIssue } from '../field-issue';
import { isPlatformId } from '../platform-id';
import { platform } from '../platform-metadata';
import { profileIdentity } from '../profile';
import {
  CONTRACT_FIELDS,
  type ContractField,
  DATE_FIELDS,
  type ImportRow,
  importProfileSchema,
} from './contract';
import { type IssueMessage, quotable, rowMessages } from './import-messages';
import { normaliseIsoDate } from './iso-date';
import { isLaterThanNow, type TimeZone } from './local-date';

/** What reading a row depends on besides the row: the user's time zone (plain dates) and the clock. */
export interface ImportContext {
  timeZone: TimeZone;
  now: Date;
}

/** One profile as read from a file, before validation: values by contract field, exactly as found. */
export type RowValues = Partial<Record<ContractField, unknown>>;

export interface RawRow {
  row: number;
  /** `undefined` when the row is not shaped like a profile at all (a number in the JSON list). */
  values: RowValues | undefined;
  /** Problems the reader found in the row's shape (an unknown field, too many cells). */
  issues: FieldIssue[];
}

/** Which profile a row is about (see `profileIdentity`), and whether the handle or the name says so. */
export interface RowIdentity {
  key: string;
  by: 'handle' | 'name';
}

export type RowValidation = ({ ok: true; profile: ImportRow } | { ok: false; issues: FieldIssue[] }) & {
  /** Known whenever platform and name are valid, even if another field is not. */
  identity?: RowIdentity;
};

const isDateField = (field: ContractField) => (DATE_FIELDS as readonly string[]).includes(field);

/**
 * Cleans one row (trim, empty = absent, dates to canonical ISO, platform and kind to lower case) and
 * validates it with the profile schema. `secrets` are the file's short access tokens (see
 * `quotable`): a value holding one is never quoted back. A `connectedAt` later than now is refused (it
 * would silence every check until then), and so is a token for a platform that has no live check: it
 * would be stored and never used, so the file is corrected rather than a secret kept for nothing.
 */
export function validateRow(
  raw: RawRow & { values: RowValues },
  secrets: readonly string[],
  context: ImportContext,
): RowValidation {
  const issues: FieldIssue[] = [];
  const flagged = new Set<ContractField>();
  const clean: Partial<Record<ContractField, string>> = {};
  const report = (field: ContractField, text: IssueMessage) => {
    flagged.add(field);
    issues.push({ row: raw.row, field, text });
  };

  for (const [field, value] of Object.entries(raw.values) as [ContractField, unknown][]) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      report(field, rowMessages.notText(value));
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    if (isDateField(field)) {
      const date = normaliseIsoDate(text, context.timeZone);
      if (date === undefined) report(field, rowMessages.notADate());
      else if (field === 'connectedAt' && isLaterThanNow(date, context.now)) {
        report(field, rowMessages.connectedInFuture());
      } else clean[field] = date;
    } else if (field === 'platform') {
      clean.platform = text.toLowerCase().replace(/[\s_]+/g, '-');
    } else if (field === 'kind') {
      clean.kind = text.toLowerCase();
    } else {
      clean[field] = text;
    }
  }

  if (
    clean.accessToken !== undefined &&
    isPlatformId(clean.platform) &&
    !platform(clean.platform).liveCheck
  ) {
    report('accessToken', rowMessages.tokenNotUsed(platform(clean.platform).displayName));
  }

  const parsed = importProfileSchema.safeParse(clean);
  const invalid = new Set<PropertyKey>(flagged);
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as ContractField;
    invalid.add(field);
    if (flagged.has(field)) continue;
    report(field, describeIssue(field, issue, clean[field], raw.values[field], secrets));
  }
  const identity =
    clean.platform && clean.name && !invalid.has('platform') && !invalid.has('name')
      ? rowIdentity({
          platform: clean.platform as ImportRow['platform'],
          name: clean.name,
          handle: clean.handle,
        })
      : undefined;
  if (parsed.success && issues.length === 0) {
    return { ok: true, profile: { ...parsed.data, row: raw.row }, identity };
  }
  // Report in column order, whichever check found the problem.
  const order = (issue: FieldIssue) => CONTRACT_FIELDS.indexOf(issue.field as ContractField);
  return { ok: false, issues: issues.sort((a, b) => order(a) - order(b)), identity };
}

function describeIssue(
  field: ContractField,
  issue: z.core.$ZodIssue,
  value: string | undefined,
  original: unknown,
  secrets: readonly string[],
): IssueMessage {
  if (value === undefined) return rowMessages.required(field);
  const quoted = typeof original === 'string' ? quotable(original.trim(), secrets) : undefined;
  switch (issue.code) {
    case 'invalid_value':
      if (field === 'platform') return rowMessages.unknownPlatform(quoted);
      if (field === 'kind') return rowMessages.unknownKind(quoted);
      return rowMessages.invalid();
    case 'too_big':
      return rowMessages.tooLong(Number(issue.maximum));
    case 'too_small':
      return field === 'accessToken'
        ? rowMessages.tokenTooShort(Number(issue.minimum))
        : rowMessages.required(field);
    case 'invalid_format':
      if (issue.format === 'url') return rowMessages.notAnHttpUrl();
      if (issue.format === 'datetime') return rowMessages.notADate();
      return rowMessages.invalid();
    default:
      return rowMessages.invalid();
  }
}

function rowIdentity(profile: Pick<ImportRow, 'platform' | 'name' | 'handle'>): RowIdentity {
  const byHandle = !!profile.handle?.trim().replace(/^@/, '');
  return { key: profileIdentity(profile), by: byHandle ? 'handle' : 'name' };
}
