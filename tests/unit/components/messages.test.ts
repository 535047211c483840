import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const entries = Object.entries(messages as Record<string, Entry>);

describe('the English message catalogue', () => {
  it.each(entries)(
    '"%s" defines every placeholder its message uses, and uses every one it defines',
    (_key, entry) => {
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      const defined = Object.keys(entry.placeholders ?? {}).sort();
      expect(used).toEqual(defined);
    },
  );

  it('has only keys Chrome accepts (letters, digits and underscores)', () => {
    for (const [key] of entries) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
