import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORMS } from '@/lib/platforms';
import type { LiveCheckResponse, LiveCheckStep } from '@/lib/platforms/types';
import { DEFAULT_NOW, FIXTURE_TOKEN, loadFixture } from './api-fixtures';

const NOW = new Date(DEFAULT_NOW);
/** Hosts that document no way but the query string to send the token (see threads/live-check.ts). */
const QUERY_TOKEN_HOSTS = new Set(['graph.threads.net']);
const allSteps: [string, number, LiveCheckStep][] = PLATFORM_IDS.flatMap((id) =>
  (PLATFORMS[id].liveCheck ?? []).map((step, i) => [id, i + 1, step] as [string, number, LiveCheckStep]),
);

describe('live-check requests', () => {
  const awkward = 'tok+en/with=odd&chars?#';

  it.each(allSteps)('%s step %s calls an API host of the platform over https', (id, _n, step) => {
    const url = new URL(step.request(FIXTURE_TOKEN).url);
    expect(url.protocol).toBe('https:');
    expect(PLATFORMS[id as 'x'].apiHosts).toContain(url.host);
  });

  const isDebugToken = (url: URL) => url.pathname.endsWith('/debug_token');

  it.each(allSteps)(
    '%s step %s sends the token in a Bearer header, not in the URL, wherever the API takes one',
    (_id, _n, step) => {
      const request = step.request(awkward);
      const url = new URL(request.url);
      if (QUERY_TOKEN_HOSTS.has(url.host)) {
        // In the query as documented, encoded so that it stays one value, and only there.
        expect(url.searchParams.get('access_token')).toBe(awkward);
        expect(request.headers?.Authorization).toBeUndefined();
        return;
      }
      expect(request.headers?.Authorization).toBe(`Bearer ${awkward}`);
      expect(url.searchParams.has('access_token')).toBe(false);
      // debug_token's input_token is the one place the API design puts the token in the URL.
      const inUrl = isDebugToken(url)
        ? [...url.searchParams.entries()].filter(([k]) => k !== 'input_token')
        : [...url.searchParams.entries()];
      expect(inUrl.some(([, v]) => v.includes(awkward))).toBe(false);
      expect(url.pathname).not.toContain(awkward);
      if (!isDebugToken(url)) expect(request.url).not.toContain(encodeURIComponent(awkward));
    },
  );

  it('Facebook asks debug_token about the token with the token itself, then falls back to /me', () => {
    const [debug, me] = PLATFORMS.facebook.liveCheck!;
    const url = new URL(debug!.request('T1').url);
    expect(url.pathname).toBe('/v25.0/debug_token');
    expect(url.searchParams.get('input_token')).toBe('T1');
    expect(url.searchParams.has('access_token')).toBe(false);
    expect(debug!.request('T1').headers).toEqual({ Authorization: 'Bearer T1' });
    expect(new URL(me!.request('T1').url).pathname).toBe('/v25.0/me');
  });

  it('Instagram tries graph.instagram.com first, then the Facebook steps', () => {
    const hosts = PLATFORMS.instagram.liveCheck!.map((s) => new URL(s.request('T').url).host);
    expect(hosts).toEqual(['graph.instagram.com', 'graph.facebook.com', 'graph.facebook.com']);
  });
});

describe('what a live check makes of an answer', () => {
  it('an Instagram-Login "who am I" that works never reaches Facebook', () => {
    const f = loadFixture('instagram', 'me-valid.json');
    expect(PLATFORMS.instagram.liveCheck![0]!.classify(f.response, f.now)).toMatchObject({
      outcome: 'valid',
    });
  });

  it('a Facebook-Login token on Instagram gets its verdict from Facebook', () => {
    const steps = PLATFORMS.instagram.liveCheck!;
    const handedOver = loadFixture('instagram', 'me-not-instagram-login.json');
    expect(steps[0]!.classify(handedOver.response, NOW)).toBe('next');
    const refused = loadFixture('facebook', 'debug-token-refused.json');
    expect(steps[1]!.classify(refused.response, NOW)).toBe('next');
    const dead = loadFixture('facebook', 'me-password-changed.json');
    expect(steps[2]!.classify(dead.response, NOW)).toMatchObject({ reason: 'password-changed' });
  });

  it('Facebook /me says nothing about expiry: the dates the profile already has stay', () => {
    const f = loadFixture('facebook', 'me-valid.json');
    expect(PLATFORMS.facebook.liveCheck![1]!.classify(f.response, f.now)).not.toHaveProperty('expiresAt');
  });

  it('data access that ends later than now keeps the token valid; at or before now it is expired', () => {
    const f = loadFixture('facebook', 'debug-token-valid.json');
    const step = PLATFORMS.facebook.liveCheck![0]!;
    const after = new Date('2027-02-14T12:00:00Z');
    expect(step.classify(f.response, new Date(after.getTime() - 1000))).toMatchObject({ outcome: 'valid' });
    expect(step.classify(f.response, after)).toMatchObject({ reason: 'data-access-expired' });
  });
});

/** Properties over every step of every platform: unreadable answers are never a verdict on the token. */
describe('no answer we cannot read is ever reported as a dead token', () => {
  const anyStatus = fc.integer({ min: 100, max: 599 });
  const headers = fc.constantFrom<Record<string, string>>({}, { 'content-type': 'text/html' });
  const notJson = fc.string().filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  });
  const jsonButNotAnObject = fc
    .oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue()))
    .map((v) => JSON.stringify(v));
  const classify = (step: LiveCheckStep, r: LiveCheckResponse) => step.classify(r, NOW);

  it.each(allSteps)('%s step %s: a body that is not a JSON object is "can’t tell"', (_id, _n, step) => {
    fc.assert(
      fc.property(anyStatus, fc.oneof(notJson, jsonButNotAnObject), headers, (status, body, h) => {
        const result = classify(step, { status, headers: h, body });
        expect(result).not.toBe('next');
        // 5xx and 429 are failed attempts whatever the body; anything else unreadable proves nothing.
        const failedAttempt = status === 429 || status >= 500;
        expect(result).toMatchObject({ outcome: failedAttempt ? 'transient' : 'inconclusive' });
      }),
      { numRuns: 150 },
    );
  });

  it.each(allSteps)('%s step %s: any 5xx is a platform error, any 429 a rate limit', (_id, _n, step) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 599 }),
        fc.oneof(
          notJson,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (status, body) => {
          expect(classify(step, { status, headers: {}, body })).toMatchObject({ reason: 'platform-error' });
          expect(classify(step, { status: 429, headers: {}, body })).toMatchObject({
            reason: 'rate-limited',
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(allSteps)('%s step %s: a JSON object of the wrong shape is never valid', (_id, _n, step) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('foo', 'bar', 'baz'), fc.jsonValue()), (obj) => {
        const result = classify(step, { status: 200, headers: {}, body: JSON.stringify(obj) });
        expect(result).toMatchObject({ outcome: 'inconclusive', reason: 'unexpected-answer' });
      }),
      { numRuns: 100 },
    );
  });
});
