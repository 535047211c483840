import type { Profile } from '@/lib/domain/profile';

export const NOW = new Date('2026-11-26T12:00:00Z');
export const DAY = 86_400_000;

export const daysFromNow = (days: number, now = NOW) => new Date(now.getTime() + days * DAY).toISOString();

/** A valid stored profile with fixed dates; override what the test is about. */
export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p1',
    platform: 'facebook',
    name: 'Acme Coffee',
    hasToken: false,
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    ...overrides,
  };
}
