import type { Profile } from './profile';
import type { SourceLink } from './source-record';
import { linkName, liveLinks } from './source-status';
import type { StatusVerdict } from './token-status';

/** How many posts at risk a profile shows (the soonest). */
export const POSTS_AT_RISK_SHOWN = 5;

/** A scheduled post that will fail: its time (ISO, UTC), first words, page in the tool, and the tool. */
export interface PostAtRisk {
  dueAt: string;
  text: string;
  url?: string;
  tool: string;
}

/** What a broken, expiring or paused profile will cost (lib/messaging/views.ts `PostsAtRiskView`). */
export interface PostsAtRisk {
  /** How many will fail; `null`: no linked tool said ("posts unknown", never 0). */
  count: number | null;
  /** The soonest few, soonest first. */
  items: PostAtRisk[];
  /** The oldest answer among the links counted. */
  fetchedAt?: string;
  /** A link at risk has no posts known, or its tool's list was cut short: `count` is at least this. */
  partial?: true;
}

/** Why a profile's scheduled posts are at risk: its connection is broken, ends soon, or a queue is paused. */
export type RiskKind = 'broken' | 'expiring' | 'paused';

const isPaused = (l: SourceLink) => !!l.notices?.includes('paused');

/** Broken first (every post fails), then expiring, then paused; `undefined`: nothing at risk. */
export function riskKind(profile: Pick<Profile, 'sources'>, verdict: StatusVerdict): RiskKind | undefined {
  if (verdict.status === 'expired' || verdict.status === 'disconnected') return 'broken';
  if (verdict.status === 'expiring') return 'expiring';
  if (liveLinks(profile).some(isPaused)) return 'paused';
  return undefined;
}

/**
 * The links whose posts count, with the first moment a post on each fails: `now` when the profile is broken
 * (every post still to go out) or the link's queue is paused; the expiry when it is expiring (a post due
 * exactly then finds the token expired: `evaluateStatus` says expired from `now >= expiresAt` on). A paused
 * queue in one tool stops only that tool's posts, so a profile that is only paused counts its paused links.
 */
export function linksAtRisk(
  profile: Pick<Profile, 'sources'>,
  verdict: StatusVerdict,
  now: Date,
): { link: SourceLink; from: number }[] {
  const kind = riskKind(profile, verdict);
  if (!kind) return [];
  const expiry = verdict.expiresAt ? verdict.expiresAt.getTime() : now.getTime();
  const seen = new Set<string>();
  const out: { link: SourceLink; from: number }[] = [];
  for (const link of liveLinks(profile)) {
    const key = `${link.sourceId}\u0000${link.externalId}`;
    if (seen.has(key)) continue; // the same tool-channel twice is still one queue of posts
    seen.add(key);
    if (kind === 'paused' && !isPaused(link)) continue;
    const from = kind === 'expiring' && !isPaused(link) ? Math.max(expiry, now.getTime()) : now.getTime();
    out.push({ link, from });
  }
  return out;
}

/**
 * The posts at risk of one profile at `now`; `undefined` when nothing is (a healthy profile) or no tool links
 * it (a tool's queue is where scheduled posts live). Counting
 * one link from its stored `posts` (`total` then, `items` the soonest of them):
 * - posts kept whose time has come (`dueAt` < the first failing moment) are not counted;
 * - the posts beyond the kept items are all due after the last kept one, so they count when it does; when
 *   the last kept one does not (all kept ones passed, or all are before the expiry) they may or may not: they
 *   are counted anyway. The count is then an upper bound, never silently too low.
 * Several links add up, each tool-channel once. Pure.
 */
export function postsAtRisk(
  profile: Pick<Profile, 'sources'>,
  verdict: StatusVerdict,
  now: Date,
): PostsAtRisk | undefined {
  // Only a profile that a tool links has scheduled posts we could know of.
  if (!riskKind(profile, verdict) || liveLinks(profile).length === 0) return undefined;
  const links = linksAtRisk(profile, verdict, now);
  const several = liveLinks(profile).length > 1;
  let count = 0;
  let known = 0;
  let fetchedAt: string | undefined;
  let cutShort = false;
  const items: (PostAtRisk & { at: number })[] = [];
  for (const { link, from } of links) {
    const posts = link.posts;
    if (!posts) continue;
    known++;
    if (posts.more) cutShort = true;
    if (!fetchedAt || Date.parse(posts.fetchedAt) < Date.parse(fetchedAt)) fetchedAt = posts.fetchedAt;
    const total = Math.max(posts.total, posts.items.length);
    let counted = 0;
    for (const post of posts.items) {
      const at = Date.parse(post.dueAt);
      if (!(at >= from)) continue;
      counted++;
      const tool = linkName(link, several);
      items.push({ dueAt: new Date(at).toISOString(), text: post.text, ...urlOf(post.url), tool, at });
    }
    count += counted + (total - posts.items.length);
  }
  items.sort((a, b) => a.at - b.at);
  const shown = items.slice(0, POSTS_AT_RISK_SHOWN).map(({ at: _at, ...item }) => item);
  if (known === 0 || (count === 0 && known < links.length)) return { count: null, items: shown };
  return {
    count,
    items: shown,
    ...(fetchedAt ? { fetchedAt } : {}),
    ...(known < links.length || cutShort ? { partial: true as const } : {}),
  };
}

function urlOf(url: string | undefined): { url?: string } {
  return url ? { url } : {};
}
