import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import { type ExtensionHarness, launchExtension, waitFor } from './harness';

const FIXTURES = resolve('tests/fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);

let h: ExtensionHarness;

beforeAll(async () => {
  h = await launchExtension();
});

afterAll(async () => {
  await h?.close();
});

beforeEach(async () => {
  await h.send({ type: 'delete-all', confirm: true });
  for (const page of h.context.pages()) if (page.url().includes('.html')) await page.close();
});

async function storedProfiles(): Promise<unknown[]> {
  const response = (await h.send({ type: 'get-state' })) as { data: { profiles: unknown[] } };
  return response.data.profiles;
}

async function profileCount(): Promise<number> {
  return (await storedProfiles()).length;
}

async function importFile(options: Page, path: string) {
  await options.getByLabel('Choose a JSON or CSV file').setInputFiles(path);
}

/** The header line, then the data lines in a fixed order (each line byte for byte). */
function csvRows(csv: string): string[] {
  const [header = '', ...rows] = csv.split('\r\n');
  return [header, ...rows.sort()];
}

async function exportCsv(options: Page): Promise<string> {
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

describe('import and export through the options page', () => {
  it('imports valid.json and the popup lists its profiles with the right statuses and badge', async () => {
    const options = await h.openOptions();
    await importFile(options, fixture('valid.json'));
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported 4 profiles (new: 4, updated: 0).');

    const popup = await h.openPopup();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe('1 needs reconnecting');
    const rows = popup.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(4);
    const first = rows.first();
    expect(await first.getByRole('heading').textContent()).toBe('Acme Coffee Roasters, Inc.');
    expect(await first.textContent()).toContain('Expired');
    expect(await first.textContent()).toContain('Connection expired');
    expect(await first.getByRole('link', { name: /^Reconnect/ }).getAttribute('href')).toBe(
      'https://example.com/accounts',
    );
    for (const platform of ['Facebook', 'Instagram', 'X']) {
      const row = rows.filter({ hasText: `${platform} ·` });
      expect(await row.locator('.status').textContent()).toBe('OK');
    }
    const badge = await waitFor(async () => {
      const b = await h.badge();
      return b.text === '1' && b;
    });
    expect(badge.color).toBe(BADGE_RED);
    expect(badge.title).toContain('Acme Coffee Roasters, Inc.');
  });

  it('reports a bad date on row 3 and an unknown platform on row 5, and imports nothing', async () => {
    const options = await h.openOptions();
    await importFile(options, fixture('valid.json'));
    await options.getByText('Imported 4 profiles').waitFor();
    const before = await storedProfiles();

    await importFile(options, fixture('bad-row3-date-row5-platform.json'));
    const alert = options.getByRole('alert');
    await alert.getByRole('listitem').first().waitFor();
    expect(await alert.textContent()).toContain('Nothing was imported');
    const issues = await alert.getByRole('listitem').allTextContents();
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^Row 3 · expiresAt · not a date/);
    expect(issues[1]).toMatch(/^Row 5 · platform · unknown platform "myspace"/);
    // Rows 1, 2 and 4 match stored profiles, yet not one field of them changed.
    expect(await storedProfiles()).toEqual(before);
    // The table still shows the four profiles it had.
    expect(
      await options
        .getByRole('status')
        .filter({ hasText: /profiles$/ })
        .textContent(),
    ).toBe('4 profiles');
  });

  it('reports the same two problems for the CSV version of the bad file', async () => {
    const options = await h.openOptions();
    await importFile(options, fixture('bad-row3-date-row5-platform.csv'));
    // The file is read and sent asynchronously: wait for the answer before reading the list.
    const alert = options.getByRole('alert');
    await alert.getByRole('listitem').first().waitFor();
    const issues = await alert.getByRole('listitem').allTextContents();
    expect(issues.map((i) => i.split(' · ').slice(0, 2).join(' · '))).toEqual([
      'Row 3 · expiresAt',
      'Row 5 · platform',
    ]);
    expect(await profileCount()).toBe(0);
  });

  it('round-trips a CSV file through export and import unchanged', async () => {
    const original = await readFile(fixture('valid.csv'), 'utf8');
    const options = await h.openOptions();
    await importFile(options, fixture('valid.csv'));
    await options.getByText('Imported 4 profiles').waitFor();
    const exported = await exportCsv(options);
    // Same bytes, row for row (the export lists profiles in storage order, not file order).
    expect(csvRows(exported)).toEqual(csvRows(original));

    // The exported file, imported into an empty extension, exports the same again.
    const exportedPath = join(await mkdtemp(join(tmpdir(), 'rr-export-')), 'exported.csv');
    await writeFile(exportedPath, exported);
    await h.send({ type: 'delete-all', confirm: true });
    const fresh = await h.openOptions();
    await importFile(fresh, exportedPath);
    await fresh.getByText('Imported 4 profiles (new: 4, updated: 0).').waitFor();
    expect(csvRows(await exportCsv(fresh))).toEqual(csvRows(original));

    // Importing it on top updates every profile and duplicates none.
    await importFile(fresh, exportedPath);
    await fresh.getByText('Imported 4 profiles (new: 0, updated: 4).').waitFor();
    expect(await profileCount()).toBe(4);
  });

  it('exports without tokens unless asked, and warns when asked', async () => {
    const options = await h.openOptions();
    await importFile(options, fixture('valid.json'));
    await options.getByText('Imported 4 profiles').waitFor();
    await options.getByRole('checkbox', { name: 'Include access tokens' }).check();
    await options.getByText(/access tokens in plain text/).waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.json$/);
    const json = JSON.parse(await readFile(await saved.path(), 'utf8')) as { profiles: unknown[] };
    expect(json.profiles).toHaveLength(4);
  });
});
