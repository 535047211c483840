import { firstWords } from '../domain/post-text';
import { linksAtRisk } from '../domain/posts-at-risk';
import type { Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';
import { type LinkPosts, POSTS_KEPT, type StoredPost } from '../domain/source-record';
import { evaluateStatus } from '../domain/token-status';
import type { ChannelReport, Perform, PostsResult, SourceTool } from '../sources';
import { sourceKeyId } from '../storage/source-repository';
import { getToken } from '../storage/token-vault';
import { loadState } from './state';

/**
 * Posts at risk during a sync: which of the tool's channels to ask about (those of profiles broken,
 * expiring or paused once the sync's plan is applied), the one posts request, and what each link keeps.
 */

/** What the posts request of one sync brought: per asked channel its posts, or a failure (keep the last). */
export type FetchedPosts =
  | { ok: true; asked: Set<string>; byChannel: Map<string, LinkPosts>; requests: number }
  | { ok: false; asked: Set<string>; requests: number };

/** The channels of `sourceId` whose posts are at risk among these profiles, at `now`. */
export function channelsAtRisk(
  profiles: Iterable<Profile>,
  sourceId: string,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): Set<string> {
  const ids = new Set<string>();
  for (const p of profiles) {
    if (!p.sources?.some((l) => l.sourceId === sourceId)) continue;
    for (const { link } of linksAtRisk(p, evaluateStatus(p, settings, now), now)) {
      if (link.sourceId === sourceId) ids.add(link.externalId);
    }
  }
  return ids;
}

/**
 * Asks the tool, once, for the posts of `channelIds` (nothing when it lists no posts or none is at risk),
 * with the sync's key and `perform`. A failure or a throw is only `{ ok: false }`: it changes no status.
 */
export async function askPosts(
  sourceId: string,
  tool: SourceTool,
  channelIds: Set<string>,
  channels: readonly ChannelReport[],
  ctx: { baseUrl?: string; workspace?: string; perform: Perform; now: Date },
): Promise<FetchedPosts | undefined> {
  if (!tool.posts || channelIds.size === 0) return undefined;
  const asked = new Set(channelIds);
  let result: PostsResult;
  try {
    const key = await getToken(sourceKeyId(sourceId));
    if (!key) return { ok: false, asked, requests: 0 };
    const organizations: Record<string, string> = {};
    for (const c of channels)
      if (asked.has(c.externalId) && c.organization) organizations[c.externalId] = c.organization.id;
    result = await tool.posts({ ...ctx, key, channelIds: [...asked], organizations });
  } catch {
    return { ok: false, asked, requests: 0 };
  }
  if (!result.ok) return { ok: false, asked, requests: result.requests };
  return { ok: true, asked, byChannel: keptPosts(result, asked, ctx.now), requests: result.requests };
}

/**
 * What each asked channel keeps: the posts still to go out, soonest first, the first `POSTS_KEPT`, each cut
 * to its first words; `total` counts them all (the tool's own count when larger; a post whose time cannot
 * be read is counted, not kept). Channels the answer does not name have nothing scheduled.
 */
function keptPosts(result: Extract<PostsResult, { ok: true }>, asked: Set<string>, now: Date) {
  const fetchedAt = now.toISOString();
  const byChannel = new Map<
    string,
    { due: { at: number; post: StoredPost }[]; unreadable: number; past: number }
  >();
  for (const id of asked) byChannel.set(id, { due: [], unreadable: 0, past: 0 });
  for (const post of result.posts) {
    const entry = byChannel.get(post.channelId);
    if (!entry) continue; // a channel nobody asked about
    const at = Date.parse(post.dueAt);
    if (Number.isNaN(at)) entry.unreadable++;
    else if (at < now.getTime()) entry.past++;
    else
      entry.due.push({
        at,
        post: { dueAt: new Date(at).toISOString(), text: firstWords(post.text), ...httpsUrl(post.url) },
      });
  }
  const cutShort = new Set(result.cutShort ?? []);
  const out = new Map<string, LinkPosts>();
  for (const [id, { due, unreadable, past }] of byChannel) {
    due.sort((a, b) => a.at - b.at);
    const listed = due.length + unreadable;
    // The tool's count may include posts already past their time; those are not still to go out.
    const total = Math.max(listed, (result.totals?.[id] ?? 0) - past);
    out.set(id, {
      fetchedAt,
      total,
      items: due.slice(0, POSTS_KEPT).map((d) => d.post),
      ...(cutShort.has(id) ? { more: true as const } : {}),
    });
  }
  return out;
}

function httpsUrl(url: string | undefined): { url?: string } {
  if (!url || url.length > 2048) return {};
  try {
    return new URL(url).protocol === 'https:' ? { url } : {};
  } catch {
    return {};
  }
}

/**
 * The plan's profiles with this tool's posts put on their links: an asked channel that is still at risk
 * takes the new answer; one at risk that could not be asked (a failed request) keeps its last posts; a
 * channel no longer at risk keeps none (nothing is at stake). Runs inside the sync's commit, so the posts
 * are written in the same transaction as the channels.
 */
export function withPosts(
  put: Profile[],
  before: ReadonlyMap<string, Profile>,
  sourceId: string,
  fetched: FetchedPosts | undefined,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): Profile[] {
  return put.map((p) => {
    if (!p.sources?.some((l) => l.sourceId === sourceId)) return p;
    const atRisk = channelsAtRisk([p], sourceId, settings, now);
    const earlier = before.get(p.id)?.sources;
    const sources = p.sources.map((link) => {
      if (link.sourceId !== sourceId) return link;
      const { posts: _posts, ...rest } = link;
      if (!atRisk.has(link.externalId)) return rest;
      const fresh =
        fetched?.ok && fetched.asked.has(link.externalId)
          ? fetched.byChannel.get(link.externalId)
          : undefined;
      const last = earlier?.find((l) => l.sourceId === sourceId && l.externalId === link.externalId)?.posts;
      const posts = fresh ?? last;
      return posts ? { ...rest, posts } : rest;
    });
    return { ...p, sources };
  });
}

/**
 * Before a sync's commit: the profiles as its plan will leave them (`plan`, over the stored ones), the
 * channels of this tool whose posts are then at risk, and the one posts request for them. Nothing for a tool
 * that lists no posts. The settings are handed on for `withPosts` inside the commit.
 */
export async function postsAtStake(
  sourceId: string,
  tool: SourceTool,
  channels: readonly ChannelReport[],
  plan: (all: Profile[]) => Profile[],
  ctx: { baseUrl?: string; workspace?: string; perform: Perform; now: Date },
): Promise<{ fetched?: FetchedPosts; settings: Settings } | undefined> {
  if (!tool.posts) return undefined;
  const state = await loadState(ctx.now);
  const planned = plan(state.entries.map((e) => e.profile));
  const ids = channelsAtRisk(planned, sourceId, state.settings, ctx.now);
  const fetched = await askPosts(sourceId, tool, ids, channels, ctx);
  return { ...(fetched ? { fetched } : {}), settings: state.settings };
}
