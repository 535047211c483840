import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORM_METADATA, type PlatformMetadata } from '@/lib/domain/platform-metadata';
import { allPlatforms, apiHostPermissions, PLATFORMS, reconnectTarget } from '@/lib/platforms';

const platformsDir = join(__dirname, '../../lib/platforms');
const folders = readdirSync(platformsDir).filter((f) => statSync(join(platformsDir, f)).isDirectory());

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
      expect(!!metadata.noLiveCheck, `${id}: a reason exactly where there is no check`).toBe(!hasCheck);
    }
  });

  it.each(allPlatforms().map((p) => [p.id, p] as const))(
    '%s has a https manage-access page and a sourced policy',
    (_id, p) => {
      expect(new URL(p.manageAccessUrl).protocol).toBe('https:');
      expect(p.policy.source.length).toBeGreaterThan(10);
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
