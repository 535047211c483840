import { describe, expect, it } from 'vitest';
import { keyExpiryFromDay, keyExpiryState } from '@/lib/domain/key-expiry';

const now = new Date('2026-12-07T12:00:00Z');

describe('a tool key’s own expiry', () => {
  it('is ok beyond the warning window, soon within it, expired once passed', () => {
    expect(keyExpiryState('2026-12-20T12:00:00Z', now, 7)).toBe('ok');
    expect(keyExpiryState('2026-12-14T12:00:00Z', now, 7)).toBe('soon');
    expect(keyExpiryState('2026-12-07T12:00:01Z', now, 7)).toBe('soon');
    expect(keyExpiryState('2026-12-07T12:00:00Z', now, 7)).toBe('expired');
    expect(keyExpiryState('2026-12-01T00:00:00Z', now, 7)).toBe('expired');
    expect(keyExpiryState('2026-12-20T12:00:00Z', now, 30)).toBe('soon');
  });

  it('a typed day ends at the end of that day where the person is', () => {
    // UTC+2 (offset -120): 23:59:59 local is 21:59:59 UTC.
    expect(keyExpiryFromDay('2027-02-18', -120)).toBe('2027-02-18T21:59:59.000Z');
    // UTC-5 (offset 300): the next day 04:59:59 UTC.
    expect(keyExpiryFromDay('2027-02-18', 300)).toBe('2027-02-19T04:59:59.000Z');
    // Still "expires on Dec 7" at noon on Dec 7.
    expect(keyExpiryState(keyExpiryFromDay('2026-12-07', 0)!, now, 7)).toBe('soon');
  });

  it('anything but a real calendar day is refused', () => {
    for (const day of ['', '2027-02-30', '2027-13-01', '18/02/2027', '2027-2-18', 'soon'])
      expect(keyExpiryFromDay(day, 0), day).toBeUndefined();
  });
});
