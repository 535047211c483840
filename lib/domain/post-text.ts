import { POST_TEXT_MAX } from './source-record';

/**
 * The first words of a post on one line, at most `POST_TEXT_MAX` UTF-16 units (what the stored schema
 * counts), never half a character: enough to recognise the post, never its whole text.
 */
export function firstWords(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.slice(0, POST_TEXT_MAX);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
