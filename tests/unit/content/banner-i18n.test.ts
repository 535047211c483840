import { describe, expect, it } from 'vitest';
import { formatCount, listNames } from '@/lib/content/banner-i18n';

describe('a count in the banner', () => {
  it.each(['en', 'en-GB', 'es', 'de', 'fr', 'pt-BR', 'pt'])(
    'is what Intl.NumberFormat writes in %s',
    (locale) => {
      for (const n of [0, 1, 2, 7, 42, 999, 1000, 12345]) {
        expect(formatCount(n, locale)).toBe(new Intl.NumberFormat(locale).format(n));
      }
    },
  );

  it('leaves other languages to Intl.NumberFormat', () => {
    expect(formatCount(3, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG').format(3));
    expect(formatCount(3, 'hi-IN-u-nu-deva')).toBe(new Intl.NumberFormat('hi-IN-u-nu-deva').format(3));
  });
});

describe('a list of platform names', () => {
  const i18n = (locale: string) => ({ t: () => '', locale });
  it.each(['en', 'es', 'de', 'fr', 'pt-BR'])(
    'of one name is that name, as Intl.ListFormat says, in %s',
    (locale) => {
      for (const type of ['conjunction', 'disjunction'] as const) {
        expect(listNames(i18n(locale), ['LinkedIn'], type === 'conjunction')).toBe(
          new Intl.ListFormat(locale, { type }).format(['LinkedIn']),
        );
      }
    },
  );

  it('of two is joined in the page’s language', () => {
    expect(listNames(i18n('es'), ['Facebook', 'Instagram'], true)).toBe('Facebook e Instagram');
    expect(listNames(i18n('de'), ['Facebook', 'Instagram'], false)).toBe('Facebook oder Instagram');
  });
});
