import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageKey } from '@/components/i18n';
import { TRANSITION_LINE, TRANSITION_TITLE } from '@/lib/background/notification-text';
import { fileMessages, type ImportMessageKey, rowMessages } from '@/lib/domain/import-export/import-messages';
import { REASON_SEVERITY, type ReasonMessageKey, reasonMessageKey } from '@/lib/domain/reason-catalogue';
import { REASONS } from '@/lib/domain/reasons';
import { STATUSES } from '@/lib/domain/token-status';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import en from '@/public/_locales/en/messages.json';

const keys = new Set(Object.keys(en));

/**
 * The compile-time guard (a reason, status, notification or import issue without its messages does not
 * typecheck), checked again at run time against the catalogue the browser reads.
 */
describe('every word the product shows has its message', () => {
  it('the key types are keys of the English catalogue', () => {
    expectTypeOf<ReasonMessageKey>().toExtend<MessageKey>();
    expectTypeOf<ImportMessageKey>().toExtend<MessageKey>();
  });

  it.each(REASONS.map((r) => [r]))('reason %s has a title, an explanation and a remedy', (reason) => {
    expect(REASON_SEVERITY[reason]).toBeDefined();
    for (const part of ['title', 'explanation', 'remedy'] as const) {
      expect(keys.has(reasonMessageKey(reason, part)), `${reason} ${part}`).toBe(true);
    }
  });

  it.each(STATUSES.map((s) => [s]))('status %s has a label', (status) => {
    expect(keys.has(STATUS_LABEL_KEYS[status])).toBe(true);
  });

  it('every notification has its title and its line', () => {
    for (const key of [...Object.values(TRANSITION_TITLE), ...Object.values(TRANSITION_LINE)]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('every import issue has its message, with as many parameters as the message takes', () => {
    // One call per message function; a new one without a line here does not compile.
    const fileArgs = {
      empty: [],
      tooLarge: [20_000_000],
      tooManyRows: [10_001],
      noProfiles: [],
      notJson: [{ line: 1, column: 2 }],
      notAnExport: [],
      wrongFormat: [],
      missingVersion: [],
      unsupportedVersion: [9],
      profilesNotAList: [],
      csvUnterminatedQuote: [],
      csvTextAfterQuote: [],
      missingColumn: ['platform'],
      headerLooksLikeData: [],
      unknownColumn: ['followers'],
      unnamedColumn: [4],
      duplicateColumn: ['name'],
      moreProblems: [3],
    } satisfies Record<keyof typeof fileMessages, unknown[]>;
    const rowArgs = {
      notAnObject: [],
      unknownField: ['nmae', 'name'],
      tooManyCells: [3, 2],
      notText: [42],
      required: ['platform'],
      unknownPlatform: ['"myspace"'],
      unknownKind: ['"team"'],
      notADate: [],
      notAnHttpUrl: [],
      tooLong: [200],
      tokenTooShort: [8],
      duplicate: ['name', 2],
      invalid: [],
      connectedInFuture: [],
      tokenNotUsed: ['X'],
    } satisfies Record<keyof typeof rowMessages, unknown[]>;
    const call = (table: Record<string, (...a: never[]) => unknown>, args: Record<string, unknown[]>) =>
      Object.entries(args).map(([name, a]) => (table[name] as (...x: unknown[]) => unknown)(...a));
    const samples = [
      ...call(fileMessages, fileArgs),
      ...call(rowMessages, rowArgs),
      fileMessages.notJson(),
      fileMessages.unsupportedVersion('1'),
      rowMessages.unknownField('followers'),
      rowMessages.required('name'),
      rowMessages.unknownPlatform(undefined),
      rowMessages.unknownKind(undefined),
      rowMessages.notText([]),
      rowMessages.notText(true),
      rowMessages.notText({}),
    ] as { key: string; params: unknown[]; one?: string }[];
    const catalogue = en as Record<string, { placeholders?: object }>;
    for (const { key, params, one } of samples) {
      expect(keys.has(key), key).toBe(true);
      if (one) expect(keys.has(one), one).toBe(true);
      expect(params.length, key).toBe(Object.keys(catalogue[key]?.placeholders ?? {}).length);
    }
  });
});
