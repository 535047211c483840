import { describe, expect, it } from 'vitest';
import { cleanDetail, DETAIL_MAX, withoutToken } from '@/lib/platforms/answer-detail';

describe('cleanDetail', () => {
  it.each([
    [
      'a Facebook token',
      'Malformed access token EAABsbCS1iHgBAKZCZCfake0123456789abcdefZZ',
      'Malformed access token [token]',
    ],
    ['a Google token', 'Bad token ya29.a0AfB_byC-FAKE_0123456789abcdef ok', 'Bad token [token] ok'],
    ['a long run without digits', `x ${'abcdefghij'.repeat(5)} y`, 'x [token] y'],
  ])('hides %s the platform echoed', (_name, text, expected) => {
    expect(cleanDetail(text)).toBe(expected);
  });

  it.each([
    'Error validating access token: The user has changed their password.',
    '(#4) Application request limit reached',
    'Not enough permissions to access: userinfo.GET.NO_VERSION',
    'Error validating access token: The user has not authorized application 2000000002.',
  ])('keeps ordinary messages as they are: %s', (text) => {
    expect(cleanDetail(text)).toBe(text);
  });

  it('folds the message onto one line', () => {
    expect(cleanDetail('  Session\n  has expired\t now ')).toBe('Session has expired now');
  });

  it(`cuts long messages to ${DETAIL_MAX} characters, ending with an ellipsis`, () => {
    const cut = cleanDetail('word '.repeat(100));
    expect(cut.length).toBeLessThanOrEqual(DETAIL_MAX);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('withoutToken', () => {
  it('removes a known token even when it does not look like one, also URL-encoded', () => {
    const token = 'short token/+';
    const text = `got short token/+ and ${encodeURIComponent(token)}`;
    expect(withoutToken(text, token)).toBe('got [token] and [token]');
  });

  it('leaves the text alone for an empty token', () => {
    expect(withoutToken('text', '')).toBe('text');
  });
});
