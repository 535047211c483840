import { describe, expect, it } from 'vitest';
import { toView } from '@/lib/background/state';
import type { SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';
import { daysFromNow, NOW, profile } from '../domain/profiles';

const link = (state: SourceLink['state']): SourceLink => ({
  sourceId: 's1',
  externalId: 'ch1',
  tool: 'Buffer',
  state,
  reportedAt: daysFromNow(-0.1),
  posts: {
    fetchedAt: daysFromNow(-0.1),
    total: 2,
    items: [
      { dueAt: daysFromNow(-0.05), text: 'Gone out already' },
      { dueAt: daysFromNow(0.5), text: 'Winter menu', url: 'https://publish.buffer.com/post/1' },
    ],
  },
});

const view = (state: SourceLink['state']) => {
  const p = profile({ sources: [link(state)] });
  return toView({ profile: p, verdict: evaluateStatus(p, { warnDays: 7 }, NOW) }, NOW);
};

describe('a profile view’s posts at risk', () => {
  it('a broken profile’s view carries them, derived at the moment asked', () => {
    expect(view('disconnected').postsAtRisk).toEqual({
      count: 1,
      items: [
        {
          dueAt: daysFromNow(0.5),
          text: 'Winter menu',
          url: 'https://publish.buffer.com/post/1',
          tool: 'Buffer',
        },
      ],
      fetchedAt: daysFromNow(-0.1),
    });
  });

  it('a healthy profile’s view has none at all (not even an empty one)', () => {
    expect('postsAtRisk' in view('connected')).toBe(false);
  });
});
