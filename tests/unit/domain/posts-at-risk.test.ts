import { describe, expect, it } from 'vitest';
import { postsAtRisk } from '@/lib/domain/posts-at-risk';
import type { Profile } from '@/lib/domain/profile';
import type { LinkPosts, SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';
import { daysFromNow, NOW, profile } from './profiles';

const settings = { warnDays: 7 };
const hours = (h: number, now = NOW) => new Date(now.getTime() + h * 3_600_000).toISOString();

function link(overrides: Partial<SourceLink> = {}): SourceLink {
  return {
    sourceId: 's1',
    externalId: 'ch1',
    tool: 'Buffer',
    state: 'disconnected',
    reportedAt: daysFromNow(-0.1),
    ...overrides,
  };
}

function posts(dueAts: string[], total = dueAts.length, fetchedAt = daysFromNow(-0.1)): LinkPosts {
  return { fetchedAt, total, items: dueAts.map((dueAt, i) => ({ dueAt, text: `Post ${i + 1}` })) };
}

const risk = (p: Profile, now = NOW) => postsAtRisk(p, evaluateStatus(p, settings, now), now);

describe('posts at risk of a profile', () => {
  it('a healthy profile has none, whatever its tool has scheduled', () => {
    const p = profile({ sources: [link({ state: 'connected', posts: posts([hours(2)]) })] });
    expect(risk(p)).toBeUndefined();
  });

  it('a broken profile risks every post still to go out, soonest first, named by its tool', () => {
    const p = profile({
      sources: [link({ posts: posts([hours(30), hours(-1), hours(5), hours(2)]) })],
    });
    expect(risk(p)).toEqual({
      count: 3,
      items: [
        { dueAt: hours(2), text: 'Post 4', tool: 'Buffer' },
        { dueAt: hours(5), text: 'Post 3', tool: 'Buffer' },
        { dueAt: hours(30), text: 'Post 1', tool: 'Buffer' },
      ],
      fetchedAt: daysFromNow(-0.1),
    });
  });

  it('a post due at this very moment still counts: it has not gone out', () => {
    const p = profile({ sources: [link({ posts: posts([NOW.toISOString()]) })] });
    expect(risk(p)?.count).toBe(1);
  });

  it('says "posts unknown" (null), never 0, when the tool was not asked yet', () => {
    const p = profile({ sources: [link()] });
    expect(risk(p)).toEqual({ count: null, items: [] });
  });

  it('says 0 when the tool was asked and has nothing scheduled', () => {
    const p = profile({ sources: [link({ posts: posts([]) })] });
    expect(risk(p)).toMatchObject({ count: 0, items: [] });
  });

  it('a broken profile that no tool links has no posts we could know of', () => {
    const p = profile({ expiresAt: daysFromNow(-1) });
    expect(evaluateStatus(p, settings, NOW).status).toBe('expired');
    expect(risk(p)).toBeUndefined();
  });

  it('an expiring profile risks the posts due at or after its expiry, not those before', () => {
    const expiry = daysFromNow(3);
    const justBefore = new Date(Date.parse(expiry) - 1).toISOString();
    const p = profile({
      expiresAt: expiry,
      sources: [link({ state: 'listed', posts: posts([hours(1), justBefore, expiry, daysFromNow(4)]) })],
    });
    expect(evaluateStatus(p, settings, NOW).status).toBe('expiring');
    const r = risk(p)!;
    expect(r.count).toBe(2);
    expect(r.items.map((i) => i.dueAt)).toEqual([expiry, daysFromNow(4)]);
  });

  it('a tool’s own expiry (Ayrshare’s refresh date) draws the same line', () => {
    const p = profile({
      sources: [
        link({ state: 'connected', expiresAt: daysFromNow(2), posts: posts([hours(1), daysFromNow(2.5)]) }),
      ],
    });
    expect(risk(p)).toMatchObject({ count: 1, items: [{ dueAt: daysFromNow(2.5) }] });
  });

  it('a paused queue risks only that tool’s posts; another tool’s queue still goes out', () => {
    const p = profile({
      sources: [
        link({ state: 'connected', notices: ['paused'], label: 'Client org', posts: posts([hours(3)]) }),
        link({ externalId: 'ch2', state: 'connected', label: 'Agency org', posts: posts([hours(1)]) }),
      ],
    });
    expect(risk(p)).toMatchObject({ count: 1, items: [{ dueAt: hours(3), tool: 'Buffer (Client org)' }] });
  });

  it('an expiring profile with a paused queue risks all of that queue and the rest after the expiry', () => {
    const p = profile({
      expiresAt: daysFromNow(2),
      sources: [
        link({ state: 'listed', notices: ['paused'], posts: posts([hours(1)]) }),
        link({
          sourceId: 's2',
          externalId: 'x',
          tool: 'Postiz',
          state: 'listed',
          posts: posts([hours(1), daysFromNow(3)]),
        }),
      ],
    });
    expect(risk(p)?.count).toBe(2);
  });

  it('adds up several links, each tool-channel once, and dates the answer by the oldest', () => {
    const twice = link({ posts: posts([hours(1), hours(2)], 2, daysFromNow(-0.2)) });
    const p = profile({
      sources: [
        twice,
        { ...twice },
        link({
          sourceId: 's2',
          tool: 'Postiz',
          state: 'listed',
          posts: posts([hours(3)], 1, daysFromNow(-0.05)),
        }),
      ],
    });
    const r = risk(p)!;
    expect(r.count).toBe(3);
    expect(r.fetchedAt).toBe(daysFromNow(-0.2));
    expect(r.items.map((i) => i.tool)).toEqual(['Buffer', 'Buffer', 'Postiz']);
  });

  it('counts the posts beyond those kept, and shows at most five', () => {
    const kept = Array.from({ length: 100 }, (_, i) => hours(i + 1));
    const r = risk(profile({ sources: [link({ posts: posts(kept, 250) })] }))!;
    expect(r.count).toBe(250);
    expect(r.items).toHaveLength(5);
    expect(r.items[0]!.dueAt).toBe(hours(1));
  });

  it('when every kept post has passed, the ones beyond are still counted (an upper bound, never too low)', () => {
    const kept = [hours(-5), hours(-4)];
    expect(risk(profile({ sources: [link({ posts: posts(kept, 7) })] }))?.count).toBe(5);
  });

  it('a known count beside a tool that cannot say is "at least", and 0 beside one is unknown', () => {
    const unknown = link({ sourceId: 's2', externalId: 'x', tool: 'Publer', state: 'listed' });
    const some = profile({ sources: [link({ posts: posts([hours(1), hours(2)]) }), unknown] });
    expect(risk(some)).toMatchObject({ count: 2, partial: true });
    const none = profile({ sources: [link({ posts: posts([]) }), unknown] });
    expect(risk(none)).toEqual({ count: null, items: [] });
  });

  it('a snoozed broken profile still loses its posts', () => {
    const p = profile({
      snooze: { until: daysFromNow(1), status: 'disconnected' },
      sources: [link({ posts: posts([hours(2)]) })],
    });
    expect(evaluateStatus(p, settings, NOW).snoozed).toBe(true);
    expect(risk(p)?.count).toBe(1);
  });

  it('a removed channel (gone) risks nothing', () => {
    const p = profile({ sources: [link({ state: 'gone', posts: posts([hours(2)]) })] });
    expect(risk(p)).toBeUndefined();
  });
});

describe('posts at risk across time zones', () => {
  it('orders posts by the instant, whatever offset the tool wrote', () => {
    // 08:00 in Tokyo is 23:00 UTC the day before; 19:00 in New York is midnight UTC.
    const p = profile({
      sources: [link({ posts: posts(['2026-11-26T19:00:00-05:00', '2026-11-27T08:00:00+09:00']) })],
    });
    expect(risk(p)!.items.map((i) => i.dueAt)).toEqual([
      '2026-11-26T23:00:00.000Z',
      '2026-11-27T00:00:00.000Z',
    ]);
  });

  it('the expiry border holds in another offset: the same instant counts, a millisecond before does not', () => {
    const expiry = '2026-11-29T12:00:00.000Z';
    const p = profile({
      expiresAt: expiry,
      sources: [
        link({
          state: 'listed',
          posts: posts([
            '2026-11-29T13:00:00+01:00',
            '2026-11-29T12:59:59.999+01:00',
            '2026-11-29T07:00:00-05:00',
          ]),
        }),
      ],
    });
    expect(risk(p)).toMatchObject({ count: 2, items: [{ dueAt: expiry }, { dueAt: expiry }] });
  });

  it('on the night clocks go back, the later 02:15 (CET) comes after the earlier 02:30 (CEST)', () => {
    // Europe/Berlin, 2026-10-25: 03:00 CEST became 02:00 CET, so 02:15 happened twice.
    const now = new Date('2026-10-24T12:00:00Z');
    const p = profile({
      expiresAt: '2026-10-25T00:45:00Z',
      sources: [
        link({
          state: 'listed',
          posts: posts([
            '2026-10-25T02:15:00+01:00',
            '2026-10-25T02:30:00+02:00',
            '2026-10-25T02:15:00+02:00',
          ]),
        }),
      ],
    });
    expect(evaluateStatus(p, settings, now).status).toBe('expiring');
    // 02:15+02:00 is 00:15Z, before the expiry; 02:30+02:00 is 00:30Z, before too; 02:15+01:00 is 01:15Z.
    expect(risk(p, now)).toMatchObject({ count: 1, items: [{ dueAt: '2026-10-25T01:15:00.000Z' }] });
  });

  it('on the night clocks go forward, an expiry at 03:00 CEST excludes 01:59 CET', () => {
    // Europe/Berlin, 2027-03-28: 02:00 CET became 03:00 CEST (01:00Z both).
    const now = new Date('2027-03-27T12:00:00Z');
    const p = profile({
      expiresAt: '2027-03-28T03:00:00+02:00',
      sources: [
        link({ state: 'listed', posts: posts(['2027-03-28T01:59:00+01:00', '2027-03-28T03:00:00+02:00']) }),
      ],
    });
    expect(risk(p, now)).toMatchObject({ count: 1, items: [{ dueAt: '2027-03-28T01:00:00.000Z' }] });
  });
});

describe('a list the tool cut short', () => {
  it('counts what it listed as "at least"', () => {
    const cut = { ...posts([hours(1), hours(2)]), more: true as const };
    expect(risk(profile({ sources: [link({ posts: cut })] }))).toMatchObject({ count: 2, partial: true });
  });
});
