import { describe, expect, it } from 'vitest';
import { detectImportFormat, parseImportFile } from '@/lib/domain/import-export';
import { csvFile, IMPORT_CONTEXT, issuesOf, jsonFile, placesOf } from './import-file-helpers';

const acme = { platform: 'facebook', name: 'Acme Coffee' };

describe('parseImportFile: valid files', () => {
  it('reads a JSON file, trimming text, dropping empty values and normalising dates', () => {
    const result = parseImportFile(
      'profiles.json',
      jsonFile([
        {
          platform: ' Facebook ',
          name: '  Acme Coffee ',
          kind: 'PAGE',
          handle: '',
          publisher: null,
          reconnectUrl: 'https://example.com/accounts',
          connectedAt: '2026-10-01',
          expiresAt: '2026-11-30T11:00:00+02:00',
          accessToken: ' EAAB-FAKE-0001 ',
        },
      ]),
      IMPORT_CONTEXT,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 1,
          platform: 'facebook',
          name: 'Acme Coffee',
          kind: 'page',
          reconnectUrl: 'https://example.com/accounts',
          connectedAt: '2026-10-01T00:00:00Z',
          expiresAt: '2026-11-30T09:00:00Z',
          accessToken: 'EAAB-FAKE-0001',
        },
      ],
    });
  });

  it('reads a CSV file with columns in any order, loose header names, quotes, a BOM and CRLF', () => {
    const text =
      '\uFEFFExpires At,name,PLATFORM,notes,handle\r\n' +
      '2030-06-30,"Acme Coffee, Downtown",instagram,"line 1\r\nline ""2""",\'@acme\r\n' +
      ',Acme Tea,google business,,\r\n';
    expect(parseImportFile('export.csv', text, IMPORT_CONTEXT)).toEqual({
      ok: true,
      rows: [
        {
          row: 1,
          platform: 'instagram',
          name: 'Acme Coffee, Downtown',
          handle: '@acme',
          notes: 'line 1\r\nline "2"',
          expiresAt: '2030-06-30T00:00:00Z',
        },
        { row: 2, platform: 'google-business', name: 'Acme Tea' },
      ],
    });
  });

  it('reads a semicolon-separated CSV as saved by Excel in locales with decimal commas', () => {
    const result = parseImportFile(
      'export.csv',
      csvFile('platform;name;notes', 'linkedin;Acme Coffee;"a;b, c"'),
      IMPORT_CONTEXT,
    );
    expect(result).toEqual({
      ok: true,
      rows: [{ row: 1, platform: 'linkedin', name: 'Acme Coffee', notes: 'a;b, c' }],
    });
  });

  it('skips blank CSV lines but keeps counting them, so row numbers match the spreadsheet', () => {
    const result = parseImportFile(
      'a.csv',
      csvFile('platform,name', '', 'x,Acme Coffee', ',,', 'x,'),
      IMPORT_CONTEXT,
    );
    expect(placesOf(result)).toEqual([[4, 'name']]);
  });

  it.each([
    ['a .json name', 'profiles.JSON', jsonFile([acme]), 'json'],
    ['a .csv name', 'C:\\fakepath\\profiles.csv', csvFile('platform,name'), 'csv'],
    ['a .tsv name', 'profiles.tsv', 'platform\tname\n', 'csv'],
    ['no extension, JSON content', 'profiles', `  ${jsonFile([acme])}`, 'json'],
    ['an unknown extension, CSV content', 'profiles.txt', csvFile('platform,name'), 'csv'],
    ['a JSON array in a .txt file', 'list.txt', '[1]', 'json'],
  ] as const)('detects the format from %s', (_case, name, text, format) => {
    expect(detectImportFormat(name, text)).toBe(format);
  });

  it('reads a JSON file without an extension by its content', () => {
    expect(parseImportFile('download', jsonFile([acme]), IMPORT_CONTEXT)).toEqual({
      ok: true,
      rows: [{ row: 1, ...acme }],
    });
  });
});

describe('parseImportFile: file-level problems have no row', () => {
  const big = 'x'.repeat(10 * 1024 * 1024 + 1);
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ platform: 'x', name: `Acme ${i}` }));
  it.each([
    ['an empty file', 'a.json', '', undefined, 'The file is empty.'],
    ['a file of whitespace and a BOM', 'a.csv', '\uFEFF \r\n ', undefined, 'The file is empty.'],
    ['a file over 10 MB', 'a.json', big, undefined, 'The file is 10.0 MB; imports are limited to 10.0 MB.'],
    [
      'text that is not JSON',
      'a.json',
      '{"format": "reconnect-radar",\n  oops}',
      undefined,
      'not valid JSON (near line 2',
    ],
    ['a JSON list instead of an object', 'a.json', '[]', undefined, 'not a Reconnect Radar export'],
    [
      'a JSON object without a format',
      'a.json',
      '{"profiles": []}',
      'format',
      'not a Reconnect Radar export',
    ],
    [
      "another tool's format",
      'a.json',
      jsonFile([acme], { format: 'buffer' }),
      'format',
      'format: expected "reconnect-radar"',
    ],
    [
      'no version',
      'a.json',
      jsonFile([acme], { version: undefined }),
      'version',
      'version: missing (expected 1).',
    ],
    [
      'a newer version',
      'a.json',
      jsonFile([acme], { version: 2 }),
      'version',
      'version: 2 is newer than this extension reads',
    ],
    [
      'a version that is text',
      'a.json',
      jsonFile([acme], { version: '1' }),
      'version',
      'version: not supported',
    ],
    [
      'profiles that are not a list',
      'a.json',
      jsonFile([], { profiles: {} }),
      'profiles',
      'profiles: expected a list',
    ],
    ['no profiles in JSON', 'a.json', jsonFile([]), 'profiles', 'The file has no profiles.'],
    [
      'no profiles in CSV',
      'a.csv',
      csvFile('platform,name', '', ','),
      undefined,
      'The file has no profiles.',
    ],
    [
      '10,001 JSON profiles',
      'a.json',
      jsonFile(rows(10_001)),
      'profiles',
      'The file has 10,001 profiles; one import takes at most 10,000.',
    ],
    [
      '10,001 CSV rows',
      'a.csv',
      csvFile('platform,name', ...rows(10_001).map((r) => `x,${r.name}`)),
      undefined,
      '10,001 profiles',
    ],
    [
      'a CSV without a platform column',
      'a.csv',
      csvFile('name', 'Acme'),
      'platform',
      'The header row has no "platform" column',
    ],
    [
      'a CSV without a name column',
      'a.csv',
      csvFile('platform,handle', 'x,acme'),
      'name',
      'The header row has no "name" column',
    ],
    [
      'a CSV whose first row is data',
      'a.csv',
      csvFile('facebook,Acme Coffee,EAAB-FAKE-0001'),
      undefined,
      'it looks like a profile',
    ],
    [
      'a CSV column named twice',
      'a.csv',
      csvFile('platform,name,Name', 'x,a,b'),
      'name',
      'The column "name" appears more than once',
    ],
    [
      'a quote in the header that never ends',
      'a.csv',
      csvFile('platform,"name', 'x,a'),
      undefined,
      'A quoted cell never ends',
    ],
  ])('reports %s', (_case, name, text, field, message) => {
    const issues = issuesOf(parseImportFile(name, text, IMPORT_CONTEXT));
    expect(issues).toEqual([{ ...(field ? { field } : {}), message: expect.stringContaining(message) }]);
  });

  it('reports both missing required columns', () => {
    expect(placesOf(parseImportFile('a.csv', csvFile('handle', 'acme'), IMPORT_CONTEXT))).toEqual([
      [undefined, 'platform'],
      [undefined, 'name'],
    ]);
  });

  it('reports unknown and unnamed columns and still checks every row', () => {
    const result = parseImportFile(
      'a.csv',
      csvFile('platform,name,followers,', 'x,Acme,120,', 'x,,5,oops'),
      IMPORT_CONTEXT,
    );
    expect(issuesOf(result)).toEqual([
      {
        field: 'followers',
        message: expect.stringContaining('Unknown column "followers" (columns: platform, name,'),
      },
      { message: 'Column 4 has values but no name in the header row.' },
      { row: 2, field: 'name', message: 'name: required' },
    ]);
  });
});

describe('parseImportFile: row problems name the row and the field', () => {
  const third = { platform: 'facebook', name: 'Acme Tea' };
  it.each([
    ['a missing platform', { name: 'Acme' }, 'platform', 'platform: required (one of: facebook, instagram,'],
    ['a missing name', { platform: 'x' }, 'name', 'name: required'],
    ['a blank name', { platform: 'x', name: '   ' }, 'name', 'name: required'],
    ['a name that is a number', { platform: 'x', name: 42 }, 'name', 'name: must be text, not a number'],
    ['a handle that is a list', { ...third, handle: ['a'] }, 'handle', 'handle: must be text, not a list'],
    [
      'an unknown platform',
      { ...third, platform: 'myspace' },
      'platform',
      'platform: unknown platform "myspace" (use one of: facebook, instagram, linkedin, x, threads, pinterest, tiktok, youtube, google-business)',
    ],
    [
      'an unknown kind',
      { ...third, kind: 'group' },
      'kind',
      'kind: unknown kind "group" (use one of: user, page, organization, channel, business)',
    ],
    [
      'a reconnect link that is not http(s)',
      { ...third, reconnectUrl: 'javascript:alert(1)' },
      'reconnectUrl',
      'reconnectUrl: not an http(s) address',
    ],
    [
      'a reconnect link that is not a link',
      { ...third, reconnectUrl: 'example' },
      'reconnectUrl',
      'reconnectUrl: not an http(s) address',
    ],
    [
      'a day-first expiry date',
      { ...third, expiresAt: '30/11/2026' },
      'expiresAt',
      'expiresAt: not a date (use ISO 8601, e.g. 2026-11-30T09:00:00Z)',
    ],
    [
      'an impossible connection date',
      { ...third, connectedAt: '2026-02-30' },
      'connectedAt',
      'connectedAt: not a date (use ISO 8601, e.g. 2026-11-30T09:00:00Z)',
    ],
    [
      'a date that is a number',
      { ...third, expiresAt: 1795942800 },
      'expiresAt',
      'expiresAt: must be text, not a number',
    ],
    [
      'a name over 200 characters',
      { ...third, name: 'a'.repeat(201) },
      'name',
      'name: too long (200 characters at most)',
    ],
    [
      'notes over 2,000 characters',
      { ...third, notes: 'a'.repeat(2001) },
      'notes',
      'notes: too long (2,000 characters at most)',
    ],
    [
      'a token too short to be one',
      { ...third, accessToken: 'EAAB' },
      'accessToken',
      'accessToken: too short to be an access token (8 characters at least)',
    ],
    [
      'a token over 4,096 characters',
      { ...third, accessToken: 'E'.repeat(4097) },
      'accessToken',
      'accessToken: too long (4,096 characters at most)',
    ],
    [
      'a misspelt field',
      { ...third, expires_at: '2030-01-01' },
      'expires_at',
      'unknown field "expires_at"; did you mean "expiresAt"?',
    ],
    [
      'a field that is not in the format',
      { ...third, followers: 120 },
      'followers',
      'unknown field "followers" (fields: platform, name,',
    ],
  ])('reports %s', (_case, profile, field, message) => {
    const issues = issuesOf(
      parseImportFile('a.json', jsonFile([acme, { ...third, name: 'Other' }, profile]), IMPORT_CONTEXT),
    );
    expect(issues).toEqual([{ row: 3, field, message: expect.stringContaining(message) }]);
  });

  it('reports an entry that is not an object once, without "required" noise', () => {
    expect(issuesOf(parseImportFile('a.json', jsonFile([acme, 'facebook']), IMPORT_CONTEXT))).toEqual([
      { row: 2, message: expect.stringContaining('not a profile: expected an object') },
    ]);
  });

  it('reports every problem of a row, in column order', () => {
    const result = parseImportFile(
      'a.csv',
      csvFile('expiresAt,kind,platform,name', 'soon,group,myspace,'),
      IMPORT_CONTEXT,
    );
    expect(placesOf(result)).toEqual([
      [1, 'platform'],
      [1, 'name'],
      [1, 'kind'],
      [1, 'expiresAt'],
    ]);
  });

  it('reports a CSV row with more cells than the header has columns', () => {
    const result = parseImportFile(
      'a.csv',
      csvFile('platform,name', 'x,Acme', 'x,Acme Tea, Inc.'),
      IMPORT_CONTEXT,
    );
    expect(issuesOf(result)).toEqual([
      { row: 2, message: expect.stringContaining('this row has 3 cells but the header names 2 columns') },
    ]);
  });

  it('reads a CSV row with fewer cells than the header as empty cells', () => {
    expect(parseImportFile('a.csv', csvFile('platform,name,handle,notes', 'x,Acme'), IMPORT_CONTEXT)).toEqual(
      {
        ok: true,
        rows: [{ row: 1, platform: 'x', name: 'Acme' }],
      },
    );
  });

  it.each([
    [
      'a quote that never ends',
      csvFile('platform,name,notes', 'x,Acme,ok', 'x,Acme 2,"never closed'),
      2,
      'notes',
      'A quoted cell never ends',
    ],
    [
      'text after a closing quote',
      csvFile('platform,name', 'x,"Acme" Coffee'),
      1,
      'name',
      'text after its closing quote',
    ],
  ])('reports %s in a CSV with its row and column', (_case, text, row, field, message) => {
    expect(issuesOf(parseImportFile('a.csv', text, IMPORT_CONTEXT))).toEqual([
      { row, field, message: expect.stringContaining(message) },
    ]);
  });

  it('counts a CSV row that spans lines as one row', () => {
    const result = parseImportFile(
      'a.csv',
      csvFile('platform,name,notes', 'x,A,"one\ntwo\nthree"', 'x,B,', 'x,,'),
      IMPORT_CONTEXT,
    );
    expect(placesOf(result)).toEqual([[3, 'name']]);
  });
});

describe('parseImportFile: duplicates inside one file', () => {
  it.each([
    [
      'the same handle, ignoring case and @',
      { ...acme, handle: 'AcmeCoffee' },
      { ...acme, name: 'Other', handle: '@acmecoffee' },
      'handle',
      'handle: the same profile as row 1 (same platform and handle)',
    ],
    [
      'the same name without a handle, ignoring case and spaces',
      acme,
      { ...acme, name: ' acme coffee ' },
      'name',
      'name: the same profile as row 1 (same platform and name)',
    ],
  ])('reports %s on the later row', (_case, first, later, field, message) => {
    const result = parseImportFile(
      'a.json',
      jsonFile([first, { platform: 'x', name: 'Between' }, later]),
      IMPORT_CONTEXT,
    );
    expect(issuesOf(result)).toEqual([{ row: 3, field, message: expect.stringContaining(message) }]);
  });

  it('reports a duplicate even when the later row has another problem', () => {
    const result = parseImportFile(
      'a.json',
      jsonFile([acme, { ...acme, expiresAt: 'soon' }]),
      IMPORT_CONTEXT,
    );
    expect(placesOf(result)).toEqual([
      [2, 'expiresAt'],
      [2, 'name'],
    ]);
  });

  it.each([
    ['the same name on different platforms', acme, { ...acme, platform: 'instagram' }],
    ['the same name with different handles', { ...acme, handle: 'a' }, { ...acme, handle: 'b' }],
  ])('accepts %s', (_case, first, second) => {
    expect(parseImportFile('a.json', jsonFile([first, second]), IMPORT_CONTEXT).ok).toBe(true);
  });
});

describe('parseImportFile: a broken big file', () => {
  it('reports the first 200 problems in row order and counts the rest in one line', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `myspace,Acme ${i}`);
    const issues = issuesOf(parseImportFile('a.csv', csvFile('platform,name', ...lines), IMPORT_CONTEXT));
    expect(issues).toHaveLength(201);
    expect(issues.slice(0, 200).map((issue) => issue.row)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(issues[200]).toEqual({ message: '…and 4,800 more problems.' });
  });
});

describe('parseImportFile: access tokens stay secret', () => {
  const token = 'EAAB-FAKE-0001';
  it.each([
    ['a token in the platform field', jsonFile([{ ...acme, platform: token, accessToken: token }])],
    ['a token in the kind field', jsonFile([{ ...acme, kind: token, accessToken: token }])],
    ['a JSON syntax error right after a token', `{"profiles":[{"accessToken":"${token}" "x"}]}`],
    ['a token in a misaligned CSV row', csvFile('platform,name,accessToken', `${token},Acme,${token}`)],
    ['a headerless CSV that starts with a token', csvFile(`${token},facebook,Acme`)],
  ])('never repeats a token in a message: %s', (_case, text) => {
    for (const name of ['a.json', 'a.csv']) {
      for (const issue of issuesOf(parseImportFile(name, text, IMPORT_CONTEXT))) {
        expect(issue.message).not.toContain(token);
      }
    }
  });
});

describe('parseImportFile: 5,000 rows', () => {
  const profiles = Array.from({ length: 5000 }, (_, i) => ({
    platform: ['facebook', 'instagram', 'linkedin', 'pinterest'][i % 4],
    name: `Acme Coffee ${i + 1}`,
    handle: `acme${i + 1}`,
    reconnectUrl: 'https://example.com/accounts',
    connectedAt: '2026-10-01',
    expiresAt: '2030-06-30T09:00:00Z',
    accessToken: `EAAB-FAKE-${String(i + 1).padStart(4, '0')}`,
  }));

  it.each([
    ['JSON', 'big.json', jsonFile(profiles)],
    [
      'CSV',
      'big.csv',
      csvFile(
        'platform,name,handle,reconnectUrl,connectedAt,expiresAt,accessToken',
        ...profiles.map((p) => Object.values(p).join(',')),
      ),
    ],
  ])('parses and validates every row of a %s file', (_case, name, text) => {
    const result = parseImportFile(name, text, IMPORT_CONTEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.rows).toHaveLength(5000);
    expect(result.rows[4999]).toEqual({
      row: 5000,
      platform: 'pinterest',
      name: 'Acme Coffee 5000',
      handle: 'acme5000',
      reconnectUrl: 'https://example.com/accounts',
      connectedAt: '2026-10-01T00:00:00Z',
      expiresAt: '2030-06-30T09:00:00Z',
      accessToken: 'EAAB-FAKE-5000',
    });
  });
});
