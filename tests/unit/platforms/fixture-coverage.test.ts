import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORMS } from '@/lib/platforms';
import { FIXTURE_TOKEN, fixturePlatforms, loadAllFixtures } from './api-fixtures';

const fixtures = loadAllFixtures();
const byPlatform = (id: string) => fixtures.filter((f) => f.platform === id);
const checkFixtures = (id: string) => byPlatform(id).filter((f) => 'outcome' in f.expect);

describe('recorded answers cover every live check', () => {
  it('every platform of the registry has a live check, and every fixture folder is a platform', () => {
    for (const id of PLATFORM_IDS) expect(PLATFORMS[id].liveCheck?.length, id).toBeGreaterThan(0);
    expect(fixturePlatforms().sort()).toEqual(PLATFORM_IDS.filter((id) => PLATFORMS[id].liveCheck).sort());
  });

  it.each(PLATFORM_IDS.filter((id) => PLATFORMS[id].liveCheck))(
    '%s has recorded valid, invalid, rate-limited, server-error and garbage answers',
    (id) => {
      const found = checkFixtures(id);
      const names = found.map((f) => f.name.replace(/^(me|debug-token)-/, ''));
      expect(found.some((f) => f.expect.outcome === 'valid')).toBe(true);
      expect(found.some((f) => f.expect.outcome === 'invalid')).toBe(true);
      expect(found.some((f) => f.expect.reason === 'rate-limited')).toBe(true);
      expect(found.some((f) => f.expect.reason === 'platform-error')).toBe(true);
      expect(found.some((f) => f.expect.reason === 'unexpected-answer')).toBe(true);
      for (const must of ['valid', 'rate-limited', 'server-error', 'garbage', 'missing-fields']) {
        expect(names, `${id} is missing the "${must}" case`).toContain(must);
      }
    },
  );

  it.each(PLATFORM_IDS.filter((id) => PLATFORMS[id].liveCheck))(
    'every step of %s answers at least one recorded request',
    (id) => {
      for (const [index, step] of (PLATFORMS[id].liveCheck ?? []).entries()) {
        const request = JSON.stringify(step.request(FIXTURE_TOKEN));
        const answered = fixtures.some((f) => JSON.stringify(f.request) === request);
        expect(answered, `${id} step ${index + 1} (${step.request(FIXTURE_TOKEN).url})`).toBe(true);
      }
    },
  );

  it.each(PLATFORM_IDS.filter((id) => PLATFORMS[id].refresh))(
    '%s refresh has recorded successful, permanent and transient failures',
    (id) => {
      const refreshes = byPlatform(id).filter((f) => 'ok' in f.expect);
      expect(refreshes.some((f) => f.expect.ok === true)).toBe(true);
      expect(refreshes.some((f) => f.expect.ok === false && f.expect.transient === false)).toBe(true);
      expect(refreshes.some((f) => f.expect.ok === false && f.expect.transient === true)).toBe(true);
    },
  );

  it('names each file after the request it answers on platforms with more than one request', () => {
    for (const f of fixtures) {
      const path = new URL(f.request.url).pathname;
      if (f.platform === 'facebook') {
        expect(f.name.startsWith('debug-token-'), f.name).toBe(path.endsWith('/debug_token'));
      }
      if (f.platform === 'instagram' || f.platform === 'threads') {
        const isRefresh = path.endsWith('/refresh_access_token');
        expect(f.name.startsWith(isRefresh ? 'refresh-' : 'me-'), `${f.platform}/${f.name}`).toBe(true);
      }
    }
  });

  it('holds no real-looking secrets: every token in a recording is a placeholder or marked FAKE', () => {
    for (const f of fixtures) {
      const text = JSON.stringify([f.request, f.response.body]).split(FIXTURE_TOKEN).join('');
      for (const m of text.matchAll(/"access_token":"([^"]+)"/g)) expect(m[1]).toContain('FAKE');
      expect(text, `${f.platform}/${f.name}`).not.toMatch(
        /\b(EAA[A-Za-z0-9]{20,}|ya29\.[\w-]{20,}|IGQV[\w-]{20,})/,
      );
    }
  });
});
