import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTools, SOURCE_FIXTURES_DIR } from './source-fixtures';

const DOC = readFileSync(join(__dirname, '../../../docs/publishing-tools.md'), 'utf8');
const TABLE = DOC.slice(DOC.indexOf('## Recorded answers and their sources'));
/** `| \`tool/name.json\` | source |` rows of the table (`tool/oauth/name.json` for an OAuth tool's sign-in). */
const CITED = [...TABLE.matchAll(/^\| `([a-z]+\/(?:oauth\/)?[a-z0-9.-]+\.json)` \| (.+) \|$/gm)].map((m) => ({
  file: m[1]!,
  source: m[2]!,
}));

describe('every recorded answer of a tool cites a public source (docs/publishing-tools.md)', () => {
  const files = fixtureTools().flatMap((tool) =>
    readdirSync(join(SOURCE_FIXTURES_DIR, tool), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${tool}/${f.replaceAll('\\', '/')}`),
  );

  it.each(files)('%s is in the table, with a link or a generic answer', (file) => {
    const row = CITED.find((c) => c.file === file);
    expect(row, `${file} is not cited in docs/publishing-tools.md`).toBeDefined();
    expect(row!.source).toMatch(/\]\(https:\/\/|^generic:/);
  });

  it('the table names no recording that does not exist', () => {
    expect(CITED.length).toBeGreaterThan(0);
    for (const { file } of CITED) expect(files, file).toContain(file);
  });
});
