import { describe, expect, it } from 'vitest';
import { exportFileName, exportMimeType, parseImportFile, serializeExport } from '@/lib/domain/import-export';
import { IMPORT_CONTEXT } from './import-file-helpers';
import { contractFields, storedProfile } from './profile-factory';

const coffee = storedProfile('p1', {
  platform: 'facebook',
  name: 'Acme Coffee',
  kind: 'page',
  handle: 'acmecoffee',
  connectedAt: '2026-10-01T11:00:00+02:00',
  expiresAt: '2026-11-30T09:00:00.000Z',
  lastCheck: { at: '2026-11-01T09:00:00Z', outcome: 'valid' },
  snooze: { until: '2026-11-02T09:00:00Z', status: 'expiring' },
});
const tea = storedProfile('p2', { platform: 'x', name: '=Acme Tea', notes: 'Line 1\nLine "2", with comma' });

describe('serializeExport as JSON', () => {
  it('writes the format header and only the contract fields, dates as UTC with Z', () => {
    expect(JSON.parse(serializeExport([coffee, tea], 'json'))).toEqual({
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'facebook',
          name: 'Acme Coffee',
          kind: 'page',
          handle: 'acmecoffee',
          connectedAt: '2026-10-01T09:00:00Z',
          expiresAt: '2026-11-30T09:00:00Z',
        },
        { platform: 'x', name: '=Acme Tea', notes: 'Line 1\nLine "2", with comma' },
      ],
    });
  });

  it('adds an access token only for profiles in the token map', () => {
    const file = JSON.parse(serializeExport([coffee, tea], 'json', new Map([['p1', 'EAAB-FAKE-0001']])));
    expect(file.profiles.map((p: { accessToken?: string }) => p.accessToken)).toEqual([
      'EAAB-FAKE-0001',
      undefined,
    ]);
  });

  it('leaves out a token kept for a platform without a live check, which an import would refuse', () => {
    const tokens = new Map([
      ['p1', 'EAAB-FAKE-0001'],
      ['p2', 'X-FAKE-KEPT-FROM-AN-EARLIER-VERSION'],
    ]);
    const file = JSON.parse(serializeExport([coffee, tea], 'json', tokens));
    expect(file.profiles.map((p: { accessToken?: string }) => p.accessToken)).toEqual([
      'EAAB-FAKE-0001',
      undefined,
    ]);
    expect(parseImportFile('backup.json', JSON.stringify(file), IMPORT_CONTEXT).ok).toBe(true);
  });

  it('writes an empty list when there are no profiles', () => {
    expect(serializeExport([], 'json')).toBe(
      '{\n  "format": "reconnect-radar",\n  "version": 1,\n  "profiles": []\n}\n',
    );
  });
});

describe('serializeExport as CSV', () => {
  it('writes a BOM, a header of every column and one CRLF record per profile, formulas neutralised', () => {
    expect(serializeExport([coffee, tea], 'csv')).toBe(
      '\uFEFFplatform,name,kind,handle,publisher,reconnectUrl,connectedAt,expiresAt,notes\r\n' +
        'facebook,Acme Coffee,page,acmecoffee,,,2026-10-01T09:00:00Z,2026-11-30T09:00:00Z,\r\n' +
        `x,'=Acme Tea,,,,,,,"Line 1\nLine ""2"", with comma"\r\n`,
    );
  });

  it('has an accessToken column only when tokens were asked for', () => {
    const header = (text: string) => text.split('\r\n')[0];
    expect(header(serializeExport([coffee], 'csv'))).not.toContain('accessToken');
    const withTokens = serializeExport([coffee, tea], 'csv', new Map([['p1', 'EAAB-FAKE-0001']]));
    expect(header(withTokens)).toMatch(/,accessToken$/);
    expect(
      withTokens
        .split('\r\n')
        .slice(1, 3)
        .map((line) => line.split(',').at(-1)),
    ).toEqual(['EAAB-FAKE-0001', '']);
  });
});

describe('serializeExport then parseImportFile', () => {
  it.each(['json', 'csv'] as const)('gives back the same contract fields and tokens (%s)', (format) => {
    const tokens = new Map([['p1', 'EAAB-FAKE-0001']]);
    const result = parseImportFile(
      `backup.${format}`,
      serializeExport([coffee, tea], format, tokens),
      IMPORT_CONTEXT,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.rows.map(contractFields)).toEqual([
      {
        platform: 'facebook',
        name: 'Acme Coffee',
        kind: 'page',
        handle: 'acmecoffee',
        connectedAt: '2026-10-01T09:00:00Z',
        expiresAt: '2026-11-30T09:00:00Z',
        accessToken: 'EAAB-FAKE-0001',
      },
      {
        platform: 'x',
        name: '=Acme Tea',
        notes: 'Line 1\nLine "2", with comma',
      },
    ]);
  });
});

describe('exportFileName and exportMimeType', () => {
  it.each([
    ['json', 'reconnect-radar-2026-11-26.json'],
    ['csv', 'reconnect-radar-2026-11-26.csv'],
  ] as const)('names a %s export after the day it was made', (format, name) => {
    // Midday UTC: the same calendar day in every time zone from UTC−11 to UTC+11.
    expect(exportFileName(format, new Date('2026-11-26T12:00:00Z'))).toBe(name);
  });

  it('pads single-digit months and days', () => {
    expect(exportFileName('json', new Date(2027, 0, 5, 12))).toBe('reconnect-radar-2027-01-05.json');
  });

  it.each([
    ['json', 'application/json'],
    ['csv', 'text/csv;charset=utf-8'],
  ] as const)('gives %s files the type %s', (format, type) => {
    expect(exportMimeType(format)).toBe(type);
  });
});
