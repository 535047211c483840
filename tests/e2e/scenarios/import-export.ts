import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BADGE_RED } from '../../../lib/domain/badge';
import type { Query } from '../drivers/driver';
import type { DriverSession } from './session';

const VALID_JSON = readFileSync('tests/fixtures/import/valid.json', 'utf8');
const VALID_CSV = readFileSync('tests/fixtures/import/valid.csv', 'utf8');

/** Import through the options page's file input, export through its buttons (real downloads). */
export function importExportScenarios(s: DriverSession): void {
  it('imports a JSON file and a CSV file; the popup and badge show the profiles; exports JSON and CSV hold them all', async () => {
    const { browser } = s;
    const options = await browser.openOptions();
    const file: Query = { label: 'Choose a JSON or CSV file' };
    await options.chooseFile(file, { name: 'valid.json', content: VALID_JSON });
    await expect
      .poll(() => options.text({ role: 'status', hasText: 'Imported' }))
      .toBe('Imported 4 profiles (new: 4, updated: 0).');
    await options.chooseFile(file, { name: 'valid.csv', content: VALID_CSV });
    await expect
      .poll(() => options.text({ role: 'status', hasText: 'Imported' }))
      .toMatch(/^Imported \d+ profiles? \(new: \d+, updated: \d+\)\.$/);
    const state = (await browser.send({ type: 'get-state' })) as { data: { profiles: { name: string }[] } };
    const names = state.data.profiles.map((p) => p.name).sort();

    const popup = await browser.openPopup();
    await expect.poll(() => popup.count({ role: 'listitem', within: { role: 'list' } })).toBe(names.length);
    await expect.poll(() => browser.badge()).toMatchObject({ text: '1', color: BADGE_RED });

    const json = await options.download({ role: 'button', name: 'Export JSON' });
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(json.text) as { format: string; profiles: { name: string }[] };
    expect(exported.format).toBe('reconnect-radar');
    expect(exported.profiles.map((p) => p.name).sort()).toEqual(names);

    const csv = await options.download({ role: 'button', name: 'Export CSV' });
    expect(csv.name).toMatch(/\.csv$/);
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toContain('platform');
    expect(rows).toHaveLength(names.length);
  });
}
