import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/storage/db';
import { listProfiles } from '@/lib/storage/profile-repository';
import { getSource, listSources, putSource, updateSource } from '@/lib/storage/source-repository';
import { writeV2Database, writeV3Database } from './release-databases';

const T = '2026-11-20T09:00:00.000Z';
const EXPIRES = '2027-02-18T22:59:59.000Z';

/** A source record exactly as release 0.2.0 (5761adf, lib/domain/source-record.ts) stored one: no `keyExpiresAt`. */
const RELEASE_020_SOURCE = {
  id: 'mixpost-1',
  tool: 'mixpost',
  label: 'Mixpost: Example Team',
  baseUrl: 'https://social.example.test',
  workspace: '0f8fad5b-d9cb-469f-a165-70867728950e',
  createdAt: T,
  generation: 3,
  lastSync: { at: T, outcome: 'transient', problem: 'rate-limited', detail: 'HTTP 429, too many requests' },
  lastSuccessAt: T,
  retry: { attempts: 2, notBefore: T, notified: true },
  counts: { profiles: 4, notTracked: 1, gone: 1 },
  ambiguous: [{ platform: 'facebook', name: 'Example Bakery', candidates: 2 }],
};

describe('a tool key’s own expiry (`keyExpiresAt`, optional) leaves older records readable and whole', () => {
  it('a database of 0.1.0 still opens with its profiles, and has no tool to read', async () => {
    await writeV2Database();
    expect(await listSources()).toEqual([]);
    expect((await listProfiles()).profiles.length).toBeGreaterThan(0);
  });

  it('the source record main wrote before 0.2.0 reads unchanged, and takes an expiry without losing a field', async () => {
    await writeV3Database();
    const [before] = await listSources();
    expect(before).toMatchObject({ id: 'buffer-1', tool: 'buffer', generation: 1 });
    expect(before).not.toHaveProperty('keyExpiresAt');
    const after = await updateSource('buffer-1', (s) => ({ ...s, keyExpiresAt: EXPIRES }));
    expect(after).toEqual({ ...before, keyExpiresAt: EXPIRES });
  });

  it('a record as 0.2.0 stored it reads exactly as it was, and one with an expiry keeps it', async () => {
    const db = await openDatabase();
    await db.put('sources', RELEASE_020_SOURCE as never);
    expect(await getSource('mixpost-1')).toEqual(RELEASE_020_SOURCE);
    await putSource({
      ...RELEASE_020_SOURCE,
      id: 'planable-1',
      tool: 'planable',
      keyExpiresAt: EXPIRES,
    } as never);
    expect((await getSource('planable-1'))?.keyExpiresAt).toBe(EXPIRES);
  });

  it('an expiry that is not a date makes the record fail the schema rather than show a wrong day', async () => {
    const db = await openDatabase();
    await db.put('sources', { ...RELEASE_020_SOURCE, id: 'bad', keyExpiresAt: 'next spring' } as never);
    expect(await getSource('bad')).toBeUndefined();
  });
});
