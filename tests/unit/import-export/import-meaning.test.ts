import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/domain/import-export';
import { PLATFORMS } from '@/lib/platforms';
import { csvFile, issuesOf, jsonFile } from './import-file-helpers';

const NOW = new Date('2026-11-26T12:00:00Z');
const inZone = (timeZone: string) => ({ timeZone, now: NOW });

describe('dates on import follow the one rule: a plain date is local midnight', () => {
  it.each([
    ['America/New_York', '2026-11-30T05:00:00Z'],
    ['Asia/Tokyo', '2026-11-29T15:00:00Z'],
  ])('in %s, expiresAt 2026-11-30 is stored as %s', (zone, stored) => {
    const result = parseImportFile(
      'a.csv',
      csvFile('platform,name,expiresAt', 'linkedin,Acme Coffee,2026-11-30'),
      inZone(zone),
    );
    expect(result).toMatchObject({ ok: true, rows: [{ expiresAt: stored }] });
  });

  it('a connectedAt later than now is refused, with its row and field named; a minute of skew is allowed', () => {
    const result = parseImportFile(
      'a.json',
      jsonFile([
        { platform: 'linkedin', name: 'Skewed', connectedAt: '2026-11-26T12:00:40Z' },
        { platform: 'linkedin', name: 'Tomorrow', connectedAt: '2026-11-27' },
      ]),
      inZone('UTC'),
    );
    expect(issuesOf(result)).toEqual([
      {
        row: 2,
        field: 'connectedAt',
        message:
          'connectedAt: later than now; a profile cannot have been connected in the future (check the date, and that a time has its zone)',
      },
    ]);
  });

  it('“today” as a plain date is never in the future, on either side of the date line', () => {
    for (const zone of ['America/New_York', 'Asia/Tokyo']) {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(NOW);
      const file = jsonFile([{ platform: 'linkedin', name: 'Today', connectedAt: today }]);
      expect(parseImportFile('a.json', file, inZone(zone)).ok, zone).toBe(true);
    }
  });
});

describe('tokens for platforms without a live check are refused on import', () => {
  const unchecked = (['x', 'tiktok', 'youtube', 'google-business'] as const).map((id) => [
    id,
    PLATFORMS[id].displayName,
  ]);

  it.each(unchecked)('a %s row with an accessToken is refused, naming its row and the field', (id, name) => {
    const file = jsonFile([
      { platform: 'linkedin', name: 'Acme Coffee', accessToken: 'AQX-FAKE-0000001' },
      { platform: id, name: 'Acme Coffee', accessToken: 'FAKE-UNUSED-0000002' },
    ]);
    const issues = issuesOf(parseImportFile('a.json', file, inZone('UTC')));
    expect(issues).toEqual([
      {
        row: 2,
        field: 'accessToken',
        message: `accessToken: ${name} tokens are not used (a token you can paste says nothing about the connection a few hours later); remove it from this row`,
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain('FAKE-UNUSED');
  });

  it('the same row without its token imports', () => {
    const file = csvFile(
      'platform,name,accessToken',
      'x,Acme Coffee,',
      'facebook,Acme Coffee,EAAB-FAKE-0001',
    );
    expect(parseImportFile('a.csv', file, inZone('UTC'))).toMatchObject({
      ok: true,
      rows: [{ platform: 'x' }, { platform: 'facebook', accessToken: 'EAAB-FAKE-0001' }],
    });
  });
});
