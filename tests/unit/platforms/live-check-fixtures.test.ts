import { describe, expect, it } from 'vitest';
import { TRANSIENT_REASONS } from '@/lib/domain/reasons';
import { PLATFORMS } from '@/lib/platforms';
import { DETAIL_MAX } from '@/lib/platforms/answer-detail';
import type { LiveCheckResult, LiveCheckStep } from '@/lib/platforms/types';
import { type ApiFixture, FIXTURE_TOKEN, loadAllFixtures } from './api-fixtures';

const fixtures = loadAllFixtures();
const cases = fixtures.map((f) => [`${f.platform}/${f.name}`, f.description, f] as const);

/** The steps of the fixture's platform whose request is exactly the fixture's request. */
function stepsAnswered(f: ApiFixture): LiveCheckStep[] {
  return (PLATFORMS[f.platform].liveCheck ?? []).filter(
    (step) => JSON.stringify(step.request(FIXTURE_TOKEN)) === JSON.stringify(f.request),
  );
}

function expectKeptPromises(result: LiveCheckResult | 'next') {
  if (result === 'next' || result.outcome === 'valid') return;
  expect(result.detail.length).toBeGreaterThan(0);
  expect(result.detail.length).toBeLessThanOrEqual(DETAIL_MAX);
  expect(result.detail).not.toContain(FIXTURE_TOKEN);
  // A verdict never carries a reason that describes a failed attempt; a failed attempt always does.
  if (result.outcome === 'invalid') expect(TRANSIENT_REASONS.has(result.reason)).toBe(false);
  if (result.outcome === 'transient') expect(TRANSIENT_REASONS.has(result.reason)).toBe(true);
  if (result.outcome === 'inconclusive') expect(result.reason).toBe('unexpected-answer');
}

describe('every recorded answer is classified as its fixture expects', () => {
  it.each(cases)('%s: %s', (_name, _description, f) => {
    const steps = stepsAnswered(f);
    expect(steps, 'the fixture request matches exactly one step of its platform').toHaveLength(1);
    const result = steps[0]!.classify(f.response, f.now);
    if (f.expect.outcome === 'next') {
      expect(result).toBe('next');
      return;
    }
    expect(result).not.toBe('next');
    expect(result).toMatchObject(f.expect);
    if (result !== 'next' && result.outcome !== 'valid' && f.expect.retryAfterMs === undefined) {
      expect(result.retryAfterMs, 'no wait is invented when the platform names none').toBeUndefined();
    }
    expectKeptPromises(result);
  });

  it('classifies the same unrecognised answer with the same detail every time (the cycle compares them)', () => {
    for (const f of fixtures.filter((x) => x.expect.outcome === 'inconclusive')) {
      const [step] = stepsAnswered(f);
      const first = step!.classify(f.response, f.now);
      const later = step!.classify(f.response, new Date(f.now.getTime() + 86_400_000));
      expect(later, `${f.platform}/${f.name}`).toEqual(first);
    }
  });
});
