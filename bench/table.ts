export interface Row {
  measure: string;
  value: string;
  target: string;
  verdict: string;
}

const HEADERS: Row = { measure: 'measure', value: 'value', target: 'budget / reference', verdict: 'verdict' };
const KEYS = ['measure', 'value', 'target', 'verdict'] as const;

/** One Markdown table (readable in a terminal, pasted as is into README.md). */
export function formatTable(rows: Row[]): string {
  const all = [HEADERS, ...rows];
  const width = KEYS.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: Row) => `| ${KEYS.map((k, i) => r[k].padEnd(width[i]!)).join(' | ')} |`;
  const rule = `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(HEADERS), rule, ...rows.map(line)].join('\n');
}
