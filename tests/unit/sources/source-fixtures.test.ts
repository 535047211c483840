import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import {
  FIXTURE_BASE,
  FIXTURE_KEY,
  fixturePerform,
  loadAllSourceFixtures,
  requestName,
} from './source-fixtures';

const fixtures = loadAllSourceFixtures();

describe('every tool reads its recorded answers as recorded', () => {
  it.each(fixtures.map((f) => [`${f.tool}/${f.name}`, f] as const))('%s', async (_name, fixture) => {
    const tool = SOURCES[fixture.tool];
    if (!tool) throw new Error(`${fixture.tool} is not registered`);
    const { perform, log } = fixturePerform(fixture);
    const ctx = { key: FIXTURE_KEY, baseUrl: FIXTURE_BASE[fixture.tool], perform, now: fixture.now };
    // A posts recording is read by the tool's `posts`, asked for the channels it names.
    const result = fixture.asks ? await tool.posts!({ ...ctx, ...fixture.asks }) : await tool.sync(ctx);
    expect(log.some((r) => requestName(fixture.tool, r) === fixture.answers)).toBe(true);
    expect(result.requests).toBe(log.length);
    if (fixture.expect.ok) {
      expect(result).toEqual({ ...fixture.expect, requests: log.length });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toBe(fixture.expect.problem);
      expect(result.retryAfterMs).toBe(fixture.expect.retryAfterMs);
      expect(result.detail.length).toBeGreaterThan(0);
      expect(result.detail).not.toContain(FIXTURE_KEY);
    }
  });
});
