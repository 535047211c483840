import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGrant, sealGrant } from '@/lib/sources/hootsuite/grant';
import { readAuthorizeRedirect, readTokenAnswer } from '@/lib/sources/hootsuite/oauth';
import { refreshRequest } from '@/lib/sources/hootsuite/requests';
import { swapToken } from '@/lib/storage/token-swap';
import { getToken, openStoredToken, putToken } from '@/lib/storage/token-vault';
import { DEFAULT_NOW, SOURCE_FIXTURES_DIR } from './source-fixtures';

const DIR = join(SOURCE_FIXTURES_DIR, 'hootsuite', 'oauth');
const now = new Date(DEFAULT_NOW);

describe('Hootsuite’s token endpoint, as recorded (tests/fixtures/sources/hootsuite/oauth)', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const fixture = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    expect(file.includes('.inferred.')).toBe(/\binferred\b/i.test(fixture.source));
    const { status, headers, body } = fixture.response;
    const answer = readTokenAnswer(
      { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) },
      now,
    );
    expect(answer).toMatchObject(fixture.expect);
    if (!answer.ok) {
      expect(answer.retryAfterMs).toBe(fixture.expect.retryAfterMs);
      expect(answer.detail).not.toMatch(/FAKE-hs|authorization grant is invalid/);
    }
  });
});

describe('the address the sign-in sends the browser back to', () => {
  const expected = {
    state: 'a'.repeat(32),
    redirectUri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
  };
  const back = (query: string) => `${expected.redirectUri}?${query}`;

  it.each([
    ['our state and a code', back(`code=FAKE-c1&state=${'a'.repeat(32)}`), { ok: true, code: 'FAKE-c1' }],
    ['another state', back(`code=FAKE-c1&state=${'b'.repeat(32)}`), { ok: false, reason: 'state-mismatch' }],
    ['no state at all', back('code=FAKE-c1'), { ok: false, reason: 'state-mismatch' }],
    ['a refusal', back(`error=access_denied&state=${'a'.repeat(32)}`), { ok: false, reason: 'denied' }],
    ['no code', back(`state=${'a'.repeat(32)}`), { ok: false, reason: 'no-code' }],
    [
      'another origin',
      `https://evil.example.test/?code=FAKE-c1&state=${'a'.repeat(32)}`,
      { ok: false, reason: 'wrong-address' },
    ],
    ['not an address', 'not a url', { ok: false, reason: 'wrong-address' }],
  ])('%s', (_name, redirected, outcome) => {
    expect(readAuthorizeRedirect(redirected, expected)).toEqual(outcome);
  });
});

describe('the grant at rest', () => {
  const grant = {
    clientId: 'FAKE-id',
    clientSecret: 'FAKE-sécret',
    accessToken: 'FAKE-a1',
    refreshToken: 'FAKE-r1',
    expiresAt: '2026-11-26T12:59:59.000Z',
  };

  it('is one record that reads back whole, and anything else is not a grant', () => {
    expect(openGrant(sealGrant(grant))).toEqual(grant);
    expect(openGrant('FAKE-plain-key')).toBeUndefined();
    expect(openGrant(JSON.stringify({ ...grant, v: 1, refreshToken: '' }))).toBeUndefined();
  });

  it('is refreshed with its credentials in HTTP Basic (UTF-8) and the refresh token in the body only', () => {
    const request = refreshRequest(grant, grant.refreshToken);
    const basic = request.headers.Authorization!.replace('Basic ', '');
    expect(new TextDecoder().decode(Uint8Array.from(atob(basic), (c) => c.charCodeAt(0)))).toBe(
      'FAKE-id:FAKE-sécret',
    );
    expect(request.body).toBe('grant_type=refresh_token&refresh_token=FAKE-r1');
    expect(request.url).toBe('https://platform.hootsuite.com/oauth2/token');
  });

  it('a rotated pair replaces only the grant it was refreshed from', async () => {
    await putToken('source:s1', sealGrant(grant), now);
    const used = (await openStoredToken('source:s1'))!.generation;
    // The person connected again meanwhile: their new grant stays.
    await putToken('source:s1', sealGrant({ ...grant, refreshToken: 'FAKE-r-new-sign-in' }), now);
    expect(await swapToken('source:s1', sealGrant({ ...grant, refreshToken: 'FAKE-r2' }), used, now)).toBe(
      false,
    );
    expect(openGrant((await getToken('source:s1'))!)?.refreshToken).toBe('FAKE-r-new-sign-in');
    const current = (await openStoredToken('source:s1'))!.generation;
    expect(await swapToken('source:s1', sealGrant({ ...grant, refreshToken: 'FAKE-r3' }), current, now)).toBe(
      true,
    );
    expect(openGrant((await getToken('source:s1'))!)?.refreshToken).toBe('FAKE-r3');
  });
});
