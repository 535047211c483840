import { POST_TEXT_MAX, POSTS_KEPT } from '../domain/source-record';
import type { ScheduledPost } from './types';

/** How far ahead the tools without a "scheduled" filter are asked (Postiz, Publer): the next 60 days. */
export const POSTS_AHEAD_DAYS = 60;
const DAY_MS = 86_400_000;

export function postsWindow(now: Date): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + POSTS_AHEAD_DAYS * DAY_MS) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The first words of a post, never more than `POST_TEXT_MAX` UTF-16 units (what the stored schema counts),
 * without cutting a character in two. Markup some tools store (Postiz keeps HTML) is dropped, entities
 * read, whitespace folded: only the words a person recognises are kept.
 */
export function firstWords(text: string): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
  let cut = plain.slice(0, POST_TEXT_MAX);
  const last = cut.charCodeAt(cut.length - 1);
  if (cut.length < plain.length && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** An ISO 8601 instant from a tool's date with an offset, or `undefined` (a date without one is not guessed). */
export function instant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A time zone must be given: "2026-12-05 10:00" could be any zone's ten o'clock.
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value.trim())) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  const iso = new Date(at).toISOString();
  // Years past 9999 come out as "+010000-…", which is no ISO 8601 date a link may store: not a real time.
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/**
 * The posts of the asked channels still to go out, soonest first, each channel cut to its `POSTS_KEPT`
 * soonest (`totals` then says how many it had). A post listed twice (a tool answering overlapping pages) counts
 * once.
 */
export function keepSoonest(
  found: readonly (ScheduledPost & { id: string })[],
  channelIds: readonly string[],
  now: Date,
): { posts: ScheduledPost[]; totals?: Record<string, number> } {
  const asked = new Set(channelIds);
  const seen = new Set<string>();
  const byChannel = new Map<string, ScheduledPost[]>();
  for (const { id, ...post } of found) {
    const key = `${post.channelId}|${id}|${post.dueAt}`;
    if (!asked.has(post.channelId) || seen.has(key) || Date.parse(post.dueAt) <= now.getTime()) continue;
    seen.add(key);
    byChannel.set(post.channelId, [...(byChannel.get(post.channelId) ?? []), post]);
  }
  const posts: ScheduledPost[] = [];
  const totals: Record<string, number> = {};
  for (const [channel, list] of byChannel) {
    list.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    posts.push(...list.slice(0, POSTS_KEPT));
    if (list.length > POSTS_KEPT) totals[channel] = list.length;
  }
  posts.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return Object.keys(totals).length ? { posts, totals } : { posts };
}
