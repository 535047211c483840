import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { httpUrl } from '@/lib/domain/profile';

/** `httpUrl` checks by hand what zod's URL format does, to keep zod's URL code out of the bundles. */
const zodUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));

const outcome = (result: ReturnType<typeof httpUrl.safeParse>) =>
  result.success
    ? { value: result.data }
    : {
        issues: result.error.issues.map((i) => ({
          code: i.code,
          path: i.path,
          format: (i as { format?: string }).format,
        })),
      };

describe('httpUrl', () => {
  it('accepts, cleans and refuses exactly what z.url({ protocol: /^https?$/ }) does, with the same issues', () => {
    for (const value of [
      5,
      null,
      '',
      'https://example.com',
      '  https://example.com/a b  ',
      'HTTPS://EXAMPLE.COM',
      'http:example.com',
      'https:/example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://exa\nmple.com',
      'https://exa\tmple.com\r\n',
      'http://',
      'https://[::1]:8080/',
      'https://user:pass@example.com',
      `https://example.com/${'x'.repeat(2100)}`,
    ]) {
      expect(outcome(httpUrl.safeParse(value)), JSON.stringify(value)).toEqual(
        outcome(zodUrl.safeParse(value)),
      );
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
          fc.string().map((s) => `https://${s}`),
          fc.string().map((s) => `http:${s}`),
          fc.tuple(fc.constantFrom(' ', '\t', '\n'), fc.webUrl()).map(([c, url]) => `${c}${url}${c}`),
        ),
        (value) => {
          expect(outcome(httpUrl.safeParse(value))).toEqual(outcome(zodUrl.safeParse(value)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
