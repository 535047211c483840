import { describe, expect, it } from 'vitest';
import { detectDelimiter, formatCsv, parseCsv } from '@/lib/domain/import-export/csv-text';

describe('parseCsv', () => {
  it.each([
    [
      'LF line ends',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR line ends',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['a doubled quote', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'a line break inside quotes',
      '"line 1\r\nline 2",x\ny,z',
      [
        ['line 1\r\nline 2', 'x'],
        ['y', 'z'],
      ],
    ],
    ['an empty quoted cell', '"",x', [['', 'x']]],
    ['empty cells', ',,\n', [['', '', '']]],
    ['a trailing delimiter', 'a,\n', [['a', '']]],
    ['a blank line', 'a\n\nb', [['a'], [''], ['b']]],
    ['a quote inside an unquoted cell (kept as text)', 'O"Brien,x', [['O"Brien', 'x']]],
    ['a quoted last cell without a final line break', 'a,"b"', [['a', 'b']]],
  ])('reads %s', (_case, text, records) => {
    expect(parseCsv(text)).toEqual({ ok: true, records });
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it('reads semicolon-separated text when told to', () => {
    expect(parseCsv('a;"b;c"\n1;2', ';')).toEqual({
      ok: true,
      records: [
        ['a', 'b;c'],
        ['1', '2'],
      ],
    });
  });

  it('reports a quoted cell that never ends, with where it started', () => {
    expect(parseCsv('a,b\n1,"2\n3,4\n')).toEqual({
      ok: false,
      problem: 'unterminated-quote',
      records: [['a', 'b']],
      record: 1,
      column: 1,
    });
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('a,b\n"1"x,2')).toMatchObject({
      ok: false,
      problem: 'text-after-quote',
      record: 1,
      column: 0,
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['platform,name,handle', ','],
    ['platform;name;handle', ';'],
    ['platform\tname\thandle', '\t'],
    ['"a;b",name\nx;y;z;w', ','],
    ['platform', ','],
  ] as const)('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('formatCsv', () => {
  it('writes CRLF records and quotes only the cells that need it', () => {
    expect(
      formatCsv([
        ['plain', 'with,comma', 'with "quote"'],
        ['line\nbreak', '', ' padded '],
      ]),
    ).toBe('plain,"with,comma","with ""quote"""\r\n"line\nbreak",," padded "\r\n');
  });

  it('quotes semicolons and tabs so a reader guessing the delimiter cannot split them', () => {
    expect(formatCsv([['a;b', 'c\td']])).toBe('"a;b","c\td"\r\n');
  });

  it('reads back what it wrote', () => {
    const records = [
      ['a', 'b,c', '"d"'],
      ['e\r\nf', '', 'g'],
    ];
    expect(parseCsv(formatCsv(records))).toEqual({ ok: true, records });
  });
});
