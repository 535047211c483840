import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '@/lib/storage/db';
import { listProfiles, putProfiles } from '@/lib/storage/profile-repository';
import { writeV2Database } from './release-databases';

/**
 * `SourceLink.posts` (posts at risk) is a new optional field, no new database version: records written by
 * 0.1.0 and 0.2.0 read as they were, keep every field, and take posts on a link when a sync writes them.
 */
const T = '2026-11-20T09:00:00.000Z';

/** A link with every field 0.2.0's sourceLinkSchema had (`git show v0.2.0:lib/domain/source-record.ts`). */
const link020 = {
  sourceId: 'buffer-1',
  externalId: 'ch-li',
  tool: 'Buffer',
  label: 'Client org',
  state: 'disconnected',
  notices: ['paused'],
  created: true,
  reportedAt: T,
  expiresAt: '2026-12-20T09:00:00.000Z',
  stale: { at: T, reason: 'network-error' },
};
const profile020 = {
  id: 'p-li',
  platform: 'linkedin',
  name: 'Release Careers',
  handle: 'releasecareers',
  notes: 'Keep — "posts every Tuesday"',
  publisher: 'Buffer',
  hasToken: false,
  createdAt: T,
  updatedAt: T,
  sources: [link020],
};

/** Version 4, as 0.2.0 (5761adf) wrote it: its stores, and a profile with a full tool link. */
async function writeV4Database() {
  const db = await openDB(DB_NAME, 4, {
    upgrade(raw) {
      raw.createObjectStore('profiles', { keyPath: 'id' });
      const history = raw.createObjectStore('history', { keyPath: ['profileId', 'at'] });
      history.createIndex('byProfile', 'profileId');
      history.createIndex('byAt', 'at');
      raw.createObjectStore('tokens', { keyPath: 'profileId' });
      raw.createObjectStore('meta');
      raw.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
      raw.createObjectStore('sources', { keyPath: 'id' });
    },
  });
  await db.put('profiles', profile020);
  db.close();
}

const posts = {
  fetchedAt: '2026-11-26T12:00:00.000Z',
  total: 120,
  items: [{ dueAt: '2026-11-27T09:00:00.000Z', text: 'Winter menu', url: 'https://publish.buffer.com/p/1' }],
  more: true as const,
};

describe('posts on a tool link, over databases earlier releases wrote', () => {
  it('0.2.0’s profile reads exactly as stored, and keeps every field once posts are put on its link', async () => {
    await writeV4Database();
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles).toEqual([profile020]);
    const [read] = profiles;
    await putProfiles([{ ...read!, sources: [{ ...read!.sources![0]!, posts }] }]);
    const again = await listProfiles();
    expect(again.quarantined).toBe(0);
    expect(again.profiles).toEqual([{ ...profile020, sources: [{ ...link020, posts }] }]);
  });

  it('0.1.0’s profiles read without posts or links, and keep their fields', async () => {
    await writeV2Database();
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(0);
    expect(profiles.length).toBeGreaterThan(0);
    expect(profiles.every((p) => p.sources === undefined)).toBe(true);
    expect(profiles.find((p) => p.id === 'p-fb')).toMatchObject({
      notes: 'Client since 2024 — "latte art"',
      handle: 'releasebakery',
      connectedAt: '2026-11-01T09:00:00.000Z',
    });
  });

  it('a link whose posts break the rules (too many, text too long) is set aside, never cut silently', async () => {
    await writeV4Database();
    const long = { ...posts, items: [{ dueAt: posts.items[0]!.dueAt, text: 'x'.repeat(41) }] };
    const db = await openDB(DB_NAME);
    await db.put('profiles', { ...profile020, id: 'p-bad', sources: [{ ...link020, posts: long }] });
    db.close();
    const { profiles, quarantined } = await listProfiles();
    expect(quarantined).toBe(1);
    expect(profiles.map((p) => p.id)).toEqual(['p-li']);
  });
});
