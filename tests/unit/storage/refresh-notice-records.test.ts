import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/storage/db';
import { listProfiles } from '@/lib/storage/profile-repository';
import { writeV2Database } from './release-databases';

/**
 * The refresh-failure notice adds a value to `notices` and an optional `refreshFailedAt` to a tool link
 * (no new database version): what 0.1.0 and 0.2.0 wrote still reads whole, and the new fields are kept.
 */
const T = '2026-11-20T09:00:00.000Z';
/** A profile as 0.2.0 (database version 4, lib/domain/source-record.ts at 5761adf) stored it. */
const release020 = {
  id: 'p-020',
  platform: 'linkedin',
  name: 'Release Bakery Ltd',
  hasToken: false,
  notes: 'kept as written',
  createdAt: T,
  updatedAt: T,
  sources: [
    {
      sourceId: 'postiz-1',
      externalId: 'cm-020',
      tool: 'Postiz',
      state: 'listed',
      notices: ['disabled'],
      created: true,
      reportedAt: T,
    },
  ],
};

describe('stored tool links with the refresh-failure notice', () => {
  it('0.1.0’s database still opens and reads every profile', async () => {
    await writeV2Database();
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles.map((p) => p.id).sort()).toEqual(['p-fb', 'p-li']);
  });

  it('a 0.2.0 record reads unchanged, and a link with the new notice keeps it and its date', async () => {
    const db = await openDatabase();
    await db.put('profiles', release020);
    const withNotice = {
      ...release020,
      id: 'p-new',
      sources: [{ ...release020.sources[0], notices: ['disabled', 'refresh-failed'], refreshFailedAt: T }],
    };
    await db.put('profiles', withNotice);
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles.find((p) => p.id === 'p-020')).toEqual(release020);
    expect(profiles.find((p) => p.id === 'p-new')?.sources).toEqual(withNotice.sources);
  });

  it('a refresh date that is not a date is refused at the border, not stored as one', async () => {
    const db = await openDatabase();
    await db.put('profiles', {
      ...release020,
      id: 'p-bad',
      sources: [{ ...release020.sources[0], notices: ['refresh-failed'], refreshFailedAt: 'Dec 5' }],
    });
    const { profiles, quarantined } = await listProfiles();
    expect(profiles.some((p) => p.id === 'p-bad')).toBe(false);
    expect(quarantined).toBe(1);
  });
});
