import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORMS } from '@/lib/platforms';
import { FIXTURE_TOKEN, fixturePlatforms, loadAllFixtures } from './api-fixtures';

const fixtures = loadAllFixtures();
const byPlatform = (id: string) => fixtures.filter((f) => f.platform === id);
const checkFixtures = (id: string) => byPlatform(id).filter((f) => 'outcome' in f.expect);

describe('recorded answers cover every live check', () => {
  it('only platforms with a live check have recordings, and one without asks for no host', () => {
    for (const id of PLATFORM_IDS) {
      const { liveCheck, apiHosts } = PLATFORMS[id];
      // No live check, no request, so no host permission either.
      if (!liveCheck?.length) expect(apiHosts, id).toEqual([]);
    }
    expect(fixturePlatforms().sort()).toEqual(PLATFORM_IDS.filter((id) => PLATFORMS[id].liveCheck).sort());
  });

  it('checks Facebook, Instagram, Threads, LinkedIn and Pinterest tokens; never X, TikTok or Google ones', () => {
    const checked = PLATFORM_IDS.filter((id) => PLATFORMS[id].liveCheck);
    expect(checked).toEqual(['facebook', 'instagram', 'linkedin', 'threads', 'pinterest']);
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
      expect(found.some((f) => f.expect.outcome === 'inconclusive')).toBe(true);
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

  it('names each file after the request it answers on platforms with more than one request', () => {
    for (const f of fixtures) {
      const path = new URL(f.request.url).pathname;
      expect(path, 'no refresh is recorded: the extension never refreshes a token').not.toMatch(/refresh/);
      if (f.platform === 'facebook') {
        expect(f.name.startsWith('debug-token-'), f.name).toBe(path.endsWith('/debug_token'));
      }
      if (f.platform === 'instagram' || f.platform === 'threads') {
        expect(f.name.startsWith('me-'), `${f.platform}/${f.name}`).toBe(true);
      }
    }
  });

  it.each([
    ['facebook', 'me-active-token-required-2500'],
    ['facebook', 'me-session-expired-no-subcode'],
    ['facebook', 'debug-token-recorded-password-changed'],
    ['facebook', 'debug-token-recorded-expired'],
    ['linkedin', 'access-denied-alive'],
    ['pinterest', 'scope-missing-alive'],
    ['pinterest', 'authorization-failed-v1-code-3'],
  ])('%s/%s is a real recorded answer and names where it was recorded', (platform, name) => {
    const f = fixtures.find((x) => x.platform === platform && x.name === name);
    expect(f?.source).toMatch(/^https:\/\/github\.com\//);
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
