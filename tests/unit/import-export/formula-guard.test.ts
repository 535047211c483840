import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '@/lib/domain/import-export/formula-guard';

describe('formula guard for CSV cells', () => {
  it.each([
    ['=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
    ['+1 555 0100', `'+1 555 0100`],
    ['-2+3', `'-2+3`],
    ['@acmecoffee', `'@acmecoffee`],
    ['\tcmd', `'\tcmd`],
    [`'=already quoted`, `''=already quoted`],
    [`''@two quotes`, `'''@two quotes`],
  ])('neutralises %j as %j and reads it back unchanged', (value, cell) => {
    expect(guardCell(value)).toBe(cell);
    expect(unguardCell(cell)).toBe(value);
  });

  it.each(['Acme Coffee', "'quoted but harmless", "Rock 'n' roll", 'a=b', '', "'"])(
    'writes %j as it is and reads it back unchanged',
    (value) => {
      expect(guardCell(value)).toBe(value);
      expect(unguardCell(value)).toBe(value);
    },
  );

  it('drops the leading quote a person typed before a formula character in a hand-made file', () => {
    expect(unguardCell(`'@acme`)).toBe('@acme');
  });
});
