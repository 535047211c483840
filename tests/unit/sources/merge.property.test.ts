import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';
import type { Profile } from '@/lib/domain/profile';
import { REASON_SEVERITY } from '@/lib/domain/reason-catalogue';
import { REASONS } from '@/lib/domain/reasons';
import { SOURCE_NOTICES, SOURCE_STATES, type SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';

/**
 * The merge of issue 19 as properties: for any set of tool-channel states, live verdicts and dates, the
 * status is never OK while any of them is a definitive failure, and a bare listing never changes a status.
 */
const NOW = new Date('2026-11-26T12:00:00Z');
const DAY = 86_400_000;
const settings = { warnDays: 7 };
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
const days = fc.integer({ min: -120, max: 120 });
const pastDays = fc.integer({ min: -120, max: 0 });

const link = (i: number) =>
  fc.record(
    {
      sourceId: fc.constantFrom('s1', 's2'),
      externalId: fc.constant(`ch${i}`),
      tool: fc.constantFrom('Buffer', 'Mixpost', 'Ayrshare', 'Postiz'),
      label: fc.constantFrom('Client org', 'Agency org'),
      state: fc.constantFrom(...SOURCE_STATES),
      notices: fc.subarray([...SOURCE_NOTICES]),
      reportedAt: pastDays.map(at),
      expiresAt: days.map(at),
    },
    { requiredKeys: ['sourceId', 'externalId', 'tool', 'state', 'reportedAt'] },
  ) as fc.Arbitrary<SourceLink>;

const links: fc.Arbitrary<SourceLink[]> = fc
  .integer({ min: 0, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => link(i))).map((t) => [...t]));

const verdict = fc.record({
  at: pastDays.map(at),
  outcome: fc.constantFrom('valid' as const, 'invalid' as const),
  reason: fc.constantFrom(...REASONS),
  expiresAt: fc.option(days.map(at), { nil: undefined }),
});

const profile: fc.Arbitrary<Profile> = fc
  .record(
    {
      platform: fc.constantFrom(...PLATFORM_IDS),
      connectedAt: pastDays.map(at),
      expiresAt: days.map(at),
      lastVerdict: verdict,
      sources: links,
    },
    { requiredKeys: ['platform'] },
  )
  .map((p) => ({
    id: 'p',
    name: 'Acme',
    hasToken: !!p.lastVerdict,
    createdAt: at(-200),
    updatedAt: at(-200),
    ...p,
    ...(p.lastVerdict ? { lastCheck: p.lastVerdict } : {}),
    ...(p.sources?.length ? {} : { sources: undefined }),
  }));

/** A failure no date, listing or other tool may outweigh. */
function definitiveFailure(p: Profile): boolean {
  const live = (p.sources ?? []).filter((l) => l.state !== 'gone');
  if (live.some((l) => l.state === 'disconnected' || l.state === 'unlinked')) return true;
  const v = p.lastVerdict;
  return (
    !!v &&
    platform(p.platform).liveCheck &&
    v.outcome === 'invalid' &&
    !!v.reason &&
    REASON_SEVERITY[v.reason] === 'broken' &&
    !(p.connectedAt && Date.parse(p.connectedAt) > Date.parse(v.at))
  );
}

describe('the merge of a tool’s word with dates and live checks', () => {
  it('is never OK while any tool-channel or live verdict is a definitive failure', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const verdict = evaluateStatus(p, settings, NOW);
        if (definitiveFailure(p)) {
          expect(['disconnected', 'expired']).toContain(verdict.status);
          expect(verdict.gone ?? false).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a listing alone never changes a status (with any notices it carries)', () => {
    const listed = fc.array(
      link(9).map((l) => ({ ...l, state: 'listed' as const })),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(profile, listed, (p, extra) => {
        // A profile every tool dropped (`gone`) is another matter: a listing means a tool still has it.
        if (p.sources?.length && p.sources.every((l) => l.state === 'gone')) return;
        const before = evaluateStatus(p, settings, NOW);
        const after = evaluateStatus({ ...p, sources: [...(p.sources ?? []), ...extra] }, settings, NOW);
        expect(after.status).toBe(before.status);
        if (!p.sources?.length) {
          expect(after.reason).toBe(before.reason);
          expect(after.expiresAt).toEqual(before.expiresAt);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
