import { describe, expect, it } from 'vitest';
import { platformOfService } from '@/lib/sources/service-platform';

describe("a tool's service name → the platform we track", () => {
  it('reads the common names in any case, and the tool’s own spellings first', () => {
    expect(platformOfService('Twitter')).toBe('x');
    expect(platformOfService('INSTAGRAM')).toBe('instagram');
    expect(platformOfService('gmb')).toBeNull();
    expect(platformOfService('GMB', { gmb: 'google-business' })).toBe('google-business');
  });

  it('a network we do not track, or a name that is an object’s own property, is not tracked', () => {
    for (const name of [
      'mastodon',
      'bluesky',
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]) {
      expect(platformOfService(name, { gmb: 'google-business' }), name).toBeNull();
    }
  });
});
