import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Status } from '@/lib/domain/token-status';
import { compareUrgency, mostUrgent, sortByUrgency, type UrgencyInput } from '@/lib/domain/urgency';

/** Posts at risk as a view holds them, soonest first. */
function posts(...dueAts: string[]): UrgencyInput['postsAtRisk'] {
  return { items: dueAts.map((dueAt) => ({ dueAt })) };
}

function p(name: string, status: Status, extra: Partial<UrgencyInput> = {}): UrgencyInput {
  return { name, status, snoozed: false, ...extra };
}

describe('sortByUrgency', () => {
  it.each<[string, UrgencyInput[], string[]]>([
    [
      'broken before expiring before unknown before ok',
      [p('ok', 'ok'), p('unknown', 'unknown'), p('expiring', 'expiring'), p('expired', 'expired')],
      ['expired', 'expiring', 'unknown', 'ok'],
    ],
    [
      'expired and disconnected share the first group, soonest expiry first',
      [
        p('disc', 'disconnected', { effectiveExpiresAt: '2026-12-01T00:00:00Z' }),
        p('exp', 'expired', { effectiveExpiresAt: '2026-11-01T00:00:00Z' }),
      ],
      ['exp', 'disc'],
    ],
    [
      'expiring soonest first',
      [
        p('later', 'expiring', { effectiveExpiresAt: '2026-11-20T00:00:00Z' }),
        p('sooner', 'expiring', { effectiveExpiresAt: '2026-11-18T00:00:00Z' }),
      ],
      ['sooner', 'later'],
    ],
    [
      'a snoozed profile sits below the others of its own group, above the next group',
      [
        p('expiring', 'expiring', { effectiveExpiresAt: '2026-11-30T00:00:00Z' }),
        p('snoozed-expired', 'expired', { snoozed: true, effectiveExpiresAt: '2026-10-01T00:00:00Z' }),
        p('expired', 'expired', { effectiveExpiresAt: '2026-11-10T00:00:00Z' }),
      ],
      ['expired', 'snoozed-expired', 'expiring'],
    ],
    [
      'unknown or never-ending expiry comes after a known date, then by name',
      [
        p('Zed', 'ok'),
        p('never', 'ok', { effectiveExpiresAt: null }),
        p('alpha', 'ok'),
        p('dated', 'ok', { effectiveExpiresAt: '2027-01-01T00:00:00Z' }),
      ],
      ['dated', 'alpha', 'never', 'Zed'],
    ],
    [
      'a profile with a post at risk comes first, the soonest next post first, before today’s urgency',
      [
        p('broken, posts unknown', 'disconnected', { effectiveExpiresAt: '2026-11-01T00:00:00Z' }),
        p('expiring, post in 3 days', 'expiring', { postsAtRisk: posts('2026-11-23T10:00:00Z') }),
        p('broken, post tomorrow', 'expired', { postsAtRisk: posts('2026-11-21T10:00:00Z') }),
        p('expiring, no post', 'expiring', { effectiveExpiresAt: '2026-11-22T00:00:00Z' }),
      ],
      ['broken, post tomorrow', 'expiring, post in 3 days', 'broken, posts unknown', 'expiring, no post'],
    ],
    [
      'only the next post counts, and none listed is no post at risk',
      [
        p('none listed', 'disconnected', { postsAtRisk: { items: [] } }),
        p('later next', 'disconnected', {
          postsAtRisk: posts('2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z'),
        }),
        p('sooner next', 'disconnected', {
          postsAtRisk: posts('2026-11-24T00:00:00Z', '2027-01-01T00:00:00Z'),
        }),
      ],
      ['sooner next', 'later next', 'none listed'],
    ],
    [
      'a snoozed profile’s posts do not lift it: it sorts by today’s urgency',
      [
        p('snoozed with posts', 'disconnected', {
          snoozed: true,
          postsAtRisk: posts('2026-11-21T00:00:00Z'),
        }),
        p('broken', 'disconnected'),
        p('paused queue', 'ok', { postsAtRisk: posts('2026-12-01T00:00:00Z') }),
      ],
      ['paused queue', 'broken', 'snoozed with posts'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(sortByUrgency(input).map((x) => x.name)).toEqual(expected);
  });

  it('leaves the input array in its original order', () => {
    const input = [p('ok', 'ok'), p('expired', 'expired')];
    sortByUrgency(input);
    expect(input.map((x) => x.name)).toEqual(['ok', 'expired']);
  });
});

/** Profiles with every status, snooze, tie-prone names and dates (equal instants written two ways, garbage). */
const input = fc.record({
  name: fc.constantFrom('A', 'a', 'B', 'Café', 'cafe', 'Item 2', 'Item 10', ''),
  status: fc.constantFrom<Status>('expired', 'disconnected', 'expiring', 'unknown', 'ok'),
  snoozed: fc.boolean(),
  effectiveExpiresAt: fc.option(
    fc.constantFrom(
      null,
      '2026-11-01T00:00:00Z',
      '2026-11-01T00:00:00.000Z',
      '2026-12-01T09:00:00+02:00',
      'garbage',
    ),
    { nil: undefined },
  ),
  // A next post at risk, equal instants written two ways, none listed, or garbage.
  postsAtRisk: fc.option(
    fc.constantFrom(
      posts('2026-11-05T00:00:00Z'),
      posts('2026-11-05T01:00:00+01:00', '2026-11-06T00:00:00Z'),
      posts('2026-11-02T00:00:00Z'),
      { items: [] },
      posts('garbage'),
    ),
    { nil: undefined },
  ),
});

describe('sortByUrgency, its keys worked out once', () => {
  it('puts profiles in the order compareUrgency gives (ties keep their input order)', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 40 }), (profiles) => {
        expect(sortByUrgency(profiles)).toEqual([...profiles].sort(compareUrgency));
      }),
    );
  });
});

describe('mostUrgent', () => {
  it('is sortByUrgency cut to its count, ties in their input order, whatever the count', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (profiles, count) => {
        // Distinct objects, so that toEqual on identity-free copies cannot hide an equal twin out of order.
        const tagged = profiles.map((p, i) => ({ ...p, i }));
        expect(mostUrgent(tagged, count, (p) => p).map((p) => p.i)).toEqual(
          sortByUrgency(tagged)
            .slice(0, count)
            .map((p) => p.i),
        );
      }),
    );
  });

  it('reads the urgency through the function given, a date as well as its ISO text', () => {
    const items = [
      { id: 'later', expires: new Date('2026-12-20T00:00:00Z') },
      { id: 'never', expires: null },
      { id: 'sooner', expires: new Date('2026-12-05T00:00:00Z') },
    ];
    const urgent = mostUrgent(items, 2, (item) => ({
      status: 'expiring',
      snoozed: false,
      effectiveExpiresAt: item.expires,
      name: item.id,
    }));
    expect(urgent.map((item) => item.id)).toEqual(['sooner', 'later']);
  });
});
