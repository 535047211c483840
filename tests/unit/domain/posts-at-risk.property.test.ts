import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTS_AT_RISK_SHOWN, postsAtRisk } from '@/lib/domain/posts-at-risk';
import { SOURCE_NOTICES, type SourceLink } from '@/lib/domain/source-record';
import { STATUSES, type StatusVerdict } from '@/lib/domain/token-status';
import { NOW, profile } from './profiles';

/**
 * The selection as properties: whatever the tools kept (the soonest few of a longer list, posts passed since),
 * the count is never below the posts that really fail, items are at most five and soonest first, and a
 * profile whose tools did not say is "unknown", never 0.
 */
const HOUR = 3_600_000;
const at = (h: number) => new Date(NOW.getTime() + h * HOUR).toISOString();

interface Drawn {
  link: SourceLink;
  /** Every post the tool had scheduled (hours from now), of which the link keeps the soonest `kept`. */
  all: number[] | undefined;
}

const drawnLink = (i: number): fc.Arbitrary<Drawn> =>
  fc
    .record({
      state: fc.constantFrom('connected', 'disconnected', 'listed', 'unlinked', 'gone' as const),
      notices: fc.subarray([...SOURCE_NOTICES]),
      all: fc.option(fc.array(fc.integer({ min: -48, max: 400 }), { maxLength: 30 }), { nil: undefined }),
      kept: fc.integer({ min: 0, max: 30 }),
    })
    .map(({ state, notices, all, kept }) => {
      const sorted = all ? [...all].sort((a, b) => a - b) : undefined;
      const link: SourceLink = {
        sourceId: `s${i % 2}`,
        externalId: `ch${i}`,
        tool: 'Buffer',
        state,
        ...(notices.length ? { notices } : {}),
        reportedAt: at(-1),
        ...(sorted
          ? {
              posts: {
                fetchedAt: at(-48),
                total: sorted.length,
                items: sorted.slice(0, kept).map((h) => ({ dueAt: at(h), text: '' })),
              },
            }
          : {}),
      };
      return { link, all: sorted };
    });

const drawnLinks = fc
  .integer({ min: 0, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => drawnLink(i))).map((t) => [...t]));

const verdict: fc.Arbitrary<StatusVerdict> = fc
  .record({ status: fc.constantFrom(...STATUSES), expiresIn: fc.integer({ min: 1, max: 24 * 7 }) })
  .map(({ status, expiresIn }) => ({
    status,
    stale: false,
    snoozed: false,
    ...(status === 'expiring' ? { expiresAt: new Date(at(expiresIn)) } : {}),
  }));

const broken = (v: StatusVerdict) => v.status === 'expired' || v.status === 'disconnected';

describe('posts at risk (properties)', () => {
  it('never undercounts, shows at most five soonest first, all still to go out', () => {
    fc.assert(
      fc.property(drawnLinks, verdict, (drawn, v) => {
        const p = profile({ sources: drawn.map((d) => d.link) });
        const r = postsAtRisk(p, v, NOW);
        const live = drawn.filter((d) => d.link.state !== 'gone');
        const paused = live.filter((d) => d.link.notices?.includes('paused'));
        const atRisk = broken(v) || v.status === 'expiring' ? live : paused;
        if (live.length === 0 || atRisk.length === 0) {
          expect(r).toBeUndefined();
          return;
        }
        expect(r).toBeDefined();
        const times = r!.items.map((i) => Date.parse(i.dueAt));
        expect(times.length).toBeLessThanOrEqual(POSTS_AT_RISK_SHOWN);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        for (const t of times) expect(t).toBeGreaterThanOrEqual(NOW.getTime());
        if (atRisk.some((d) => !d.all)) {
          // A tool that did not say: never a plain 0.
          expect(r!.count === null || (r!.count > 0 && r!.partial)).toBe(true);
          return;
        }
        let exact = 0;
        for (const d of atRisk) {
          const pausedHere = d.link.notices?.includes('paused');
          const from = v.status === 'expiring' && !pausedHere ? v.expiresAt!.getTime() : NOW.getTime();
          exact += d.all!.filter((h) => Date.parse(at(h)) >= from).length;
        }
        expect(r!.count).not.toBeNull();
        expect(r!.count!).toBeGreaterThanOrEqual(exact);
        expect(r!.count!).toBeGreaterThanOrEqual(r!.items.length);
        // Exact whenever every link kept all its posts.
        if (atRisk.every((d) => d.link.posts!.items.length === d.all!.length)) expect(r!.count).toBe(exact);
      }),
    );
  });

  it('a healthy profile without a paused queue never has posts at risk', () => {
    fc.assert(
      fc.property(drawnLinks, (drawn) => {
        const links = drawn.map((d) => ({
          ...d.link,
          notices: d.link.notices?.filter((n) => n !== 'paused'),
        }));
        expect(
          postsAtRisk(profile({ sources: links }), { status: 'ok', stale: false, snoozed: false }, NOW),
        ).toBeUndefined();
      }),
    );
  });
});
