import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORM_METADATA, type PlatformMetadata } from '@/lib/domain/platform-metadata';
import { allPlatforms, apiHostPermissions, PLATFORMS, reconnectTarget } from '@/lib/platforms';

const platformsDir = join(__dirname, '../../lib/platforms');
const folders = readdirSync(platformsDir).filter((f) => statSync(join(platformsDir, f)).isDirectory());

/**
 * The rows of the first Markdown table after `heading` in docs/platforms.md, by platform id (a row may name
 * several, "youtube, google-business"): where the policy figures and the reasons for no live check are
 * written down, with their sources, instead of in strings every bundle would carry.
 */
function docsTable(heading: string): Map<string, string[]> {
  const docs = readFileSync(join(__dirname, '../../docs/platforms.md'), 'utf8');
  const after = docs.slice(docs.indexOf(heading));
  const rows = new Map<string, string[]>();
  for (const line of after.split('\n').slice(1)) {
    if (!line.startsWith('|')) {
      if (rows.size) break;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    for (const id of cells[0]!.split(',')) rows.set(id.replace(/\(.*\)/, '').trim(), cells.slice(1));
  }
  return rows;
}

describe('platform registry', () => {
  it('registers every platform folder, and every platform of the import contract has a folder', () => {
    expect(folders.sort()).toEqual([...PLATFORM_IDS].sort());
    for (const id of PLATFORM_IDS) expect(PLATFORMS[id].id).toBe(id);
  });

  it('every platform has both halves, metadata and check, agreeing with each other, or neither', () => {
    expect(Object.keys(PLATFORM_METADATA).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(Object.keys(PLATFORMS).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const id of PLATFORM_IDS) {
      const { liveCheck: hasCheck, ...metadata }: PlatformMetadata = PLATFORM_METADATA[id];
      const { liveCheck, apiHosts, ...rest } = PLATFORMS[id];
      expect(rest, `${id}: the definition carries the metadata unchanged`).toEqual(metadata);
      expect(!!liveCheck?.length, `${id}: a check exactly where the metadata says there is one`).toBe(
        hasCheck,
      );
      expect(apiHosts.length > 0, `${id}: API hosts exactly where there is a check`).toBe(hasCheck);
    }
  });

  it('docs/platforms.md says why exactly where a platform has no live check', () => {
    const meaning = docsTable('| platform | long-lived token a user can paste |');
    for (const id of PLATFORM_IDS) {
      const row = meaning.get(id);
      expect(row, `${id} is in the table`).toBeDefined();
      expect(row![1]!.includes('no live check'), id).toBe(!PLATFORM_METADATA[id].liveCheck);
      if (!PLATFORM_METADATA[id].liveCheck) expect(row![0]!.length, id).toBeGreaterThan(20);
    }
  });

  it('docs/platforms.md gives each lifetime the code uses, with its source', () => {
    const lifetimes = docsTable('## Lifetimes at a glance');
    for (const id of PLATFORM_IDS) {
      const [figure, source] = lifetimes.get(id) ?? [];
      const days = PLATFORM_METADATA[id].policy.lifetimeDays;
      expect(figure, id).toMatch(days === null ? /^none by date/ : new RegExp(`^${days} days\\b`));
      expect(source, id).toMatch(/\]\(https:\/\/|\*\*unsourced\*\*/);
    }
  });

  it.each(allPlatforms().map((p) => [p.id, p] as const))(
    '%s has a https manage-access page and a short mark',
    (_id, p) => {
      expect(new URL(p.manageAccessUrl).protocol).toBe('https:');
      expect(p.mark.length).toBeLessThanOrEqual(2);
      if (p.policy.lifetimeDays !== null) expect(p.policy.lifetimeDays).toBeGreaterThan(0);
    },
  );

  it.each([
    ['facebook', 60],
    ['instagram', 60],
    ['linkedin', 60],
    ['threads', 60],
    ['x', null],
    ['pinterest', 30],
    ['tiktok', 180],
    ['youtube', null],
    ['google-business', null],
  ] as const)('%s connections live %s days by date', (id, days) => {
    expect(PLATFORMS[id].policy.lifetimeDays).toBe(days);
  });

  it('asks for host access only to the platforms’ API hosts, over https', () => {
    const hosts = apiHostPermissions();
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(h).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(hosts.some((h) => h.includes('www.facebook.com'))).toBe(false);
  });

  it('reconnects at the profile’s own URL, else the platform’s manage-access page', () => {
    expect(
      reconnectTarget({ platform: 'linkedin', reconnectUrl: 'https://publisher.example/accounts' }),
    ).toBe('https://publisher.example/accounts');
    expect(reconnectTarget({ platform: 'linkedin' })).toBe(
      'https://www.linkedin.com/psettings/permitted-services',
    );
  });
});
