import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import type { Perform } from '@/lib/sources';
import { backgroundFor, testClock } from './background/context';
import { fakeBuffer } from './sources-fake-buffer';

const KEY = 'BUFFER-FAKE-KEY-PROP-1';
const clock = testClock('2026-11-26T12:00:00Z');

const statuses = async () =>
  (await reconcile(clock.now)).entries.map((e) => [e.profile.name, e.verdict.status, e.verdict.reason]);

/** Any answer at all: odd statuses, odd headers, JSON of any shape, or bytes that are not JSON. */
const answer = fc.record({
  status: fc.oneof(
    fc.constantFrom(200, 401, 403, 404, 429, 500, 502, 503),
    fc.integer({ min: 100, max: 599 }),
  ),
  headers: fc.dictionary(
    fc.constantFrom('retry-after', 'ratelimit', 'x-ratelimit-reset', 'content-type'),
    fc.string({ maxLength: 20 }),
  ),
  body: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.constant('{"data":{"channels":null}}'),
    fc.constant('{"data":{"account":{"organizations":[{"id":1}]}}}'),
  ),
});

describe('random answers at the sync border', () => {
  it('never crash a sync, and a failed sync changes no status', { timeout: 60_000 }, async () => {
    const buffer = fakeBuffer(KEY);
    buffer.world.channels = [
      {
        id: 'fb',
        organizationId: 'org-1',
        service: 'facebook',
        name: 'acmecoffee',
        displayName: 'Acme Coffee',
      },
      { id: 'li', organizationId: 'org-1', service: 'linkedin', name: 'acme', isDisconnected: true },
    ];
    let next: Perform = buffer.perform;
    const deps: SourceSyncDeps = {
      now: clock.now,
      perform: (request) => next(request),
      onSynced: () => reconcile(clock.now),
      notifyProblem: async () => undefined,
      random: () => 0.5,
    };
    const bg = backgroundFor(clock, async () => 0, deps);
    const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
    const before = await statuses();
    await fc.assert(
      fc.asyncProperty(answer, fc.boolean(), async (random, onChannels) => {
        // Either the first request or the channels request gets the random answer.
        next = async (request) => {
          const isChannels = (request.body ?? '').includes('channels(');
          if (isChannels !== onChannels) return buffer.perform(request);
          return { ok: true, response: { ...random, body: random.body } };
        };
        const report = await syncSource(source!.id, deps, 'now');
        expect(['synced', 'failed', 'skipped']).toContain(report.kind);
        if (report.kind !== 'synced') expect(await statuses()).toEqual(before);
        // Back to the truth for the next run (and out of any Retry-After the random answer asked for).
        clock.advance(7 * 86_400_000);
        next = buffer.perform;
        await syncSource(source!.id, deps, 'now');
        expect(await statuses()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
