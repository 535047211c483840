import { backoffDelay } from '../domain/backoff';
import type { Profile } from '../domain/profile';
import type { Reason } from '../domain/reasons';
import { markStale, planSync, type ReportedChannel } from '../domain/source-matching';
import type { SourceRecord } from '../domain/source-record';
import { type ChannelReport, type Perform, type SourceTool, type SyncResult, sourceTool } from '../sources';
import { commitSync, getSource, listSources, sourceKeyId } from '../storage/source-repository';
import { getToken } from '../storage/token-vault';
import { syncHootsuite } from './source-hootsuite-auth';
import { postsAtStake, withPosts } from './source-posts';
import { countLinked, reportEntries } from './source-report';

/** Buffer's free plan allows about 250 requests a day: an automatic sync of a tool at most every 15 min. */
export const MIN_SYNC_INTERVAL_MS = 15 * 60_000;

export interface SourceSyncDeps {
  now: () => Date;
  perform: Perform;
  /** After a sync wrote something: re-derive statuses, badge, banners. */
  onSynced: () => Promise<unknown>;
  /** Tells the person once that a tool needs them (a refused key). */
  notifyProblem: (source: SourceRecord, toolName: string) => Promise<void>;
  random?: () => number;
  /** True once a stop refused one of this sync's requests: its answer is partial, and nothing is written. */
  refused?: () => boolean;
}

export type SyncMode = 'due' | 'now';
export type SyncReport =
  /** `requests`: what the sync asked the tool, its posts request included. */
  | { kind: 'synced'; profiles: number; requests: number }
  | { kind: 'failed'; problem: string }
  | { kind: 'skipped' | 'superseded' | 'missing' };

/** Problems that need the person (a new key, a new address); the others pass by themselves. */
const NEEDS_PERSON = new Set([
  'key-refused',
  'forbidden',
  'not-found',
  'bad-address',
  'key-unreadable',
  'unsupported',
  'payment-required',
  'no-subscription',
  'no-workspace-list',
  'connect-again',
]);

const STALE_REASON: Record<string, Reason> = {
  'key-refused': 'source-key-refused',
  forbidden: 'source-key-refused',
  'payment-required': 'source-needs-attention',
  'no-subscription': 'source-needs-attention',
  'no-workspace-list': 'source-needs-attention',
  'connect-again': 'source-needs-attention',
  'key-unreadable': 'token-unreadable',
  'rate-limited': 'rate-limited',
  'server-error': 'platform-error',
  network: 'network-error',
  timeout: 'timeout',
};

/** A tool's answer, or a problem found before asking it (no readable key, a tool this version lacks). */
type Fetched =
  | SyncResult
  | {
      ok: false;
      problem: 'key-unreadable' | 'unsupported' | 'empty-list';
      detail: string;
      retryAfterMs?: undefined;
    };

const running = new Map<string, Promise<SyncReport>>();

/**
 * Syncs one tool. `due` (the periodic alarm) runs only when the last sync is 15 min old and no backoff is
 * pending; `now` (connect, Sync now, Check all) runs at once but still waits out a rate limit's Retry-After.
 * Two calls for the same tool and key share one run. `first` is an answer already in hand (connecting).
 */
export async function syncSource(
  id: string,
  deps: SourceSyncDeps,
  mode: SyncMode,
  first?: SyncResult,
): Promise<SyncReport> {
  const source = await getSource(id);
  if (!source) return { kind: 'missing' };
  const runKey = `${id}#${source.generation}`;
  const shared = running.get(runKey);
  if (shared) return shared;
  if (!first && !isDue(source, mode, deps.now())) return { kind: 'skipped' };
  const run = runSync(source, deps, first).finally(() => running.delete(runKey));
  running.set(runKey, run);
  return run;
}

/** Syncs every connected tool (each on its own: one tool's fault never holds up another). */
export async function syncAllSources(deps: SourceSyncDeps, mode: SyncMode): Promise<SyncReport[]> {
  const sources = await listSources();
  return Promise.all(sources.map((s) => syncSource(s.id, deps, mode)));
}

function isDue(source: SourceRecord, mode: SyncMode, now: Date): boolean {
  const waitUntil = source.retry ? Date.parse(source.retry.notBefore) : 0;
  const last = source.lastSync ? Date.parse(source.lastSync.at) : 0;
  const intervalPassed = now.getTime() - last >= MIN_SYNC_INTERVAL_MS;
  // Sync now waits out a rate limit, but never longer than the interval: a tool's wait (capped at a day in
  // backoffDelay) may be a mistake on its side, and the person asking again gets one try every 15 minutes.
  if (mode === 'now')
    return source.lastSync?.problem !== 'rate-limited' || waitUntil <= now.getTime() || intervalPassed;
  return intervalPassed && waitUntil <= now.getTime();
}

async function runSync(source: SourceRecord, deps: SourceSyncDeps, first?: SyncResult): Promise<SyncReport> {
  const tool = sourceTool(source.tool);
  const result = suspiciouslyEmpty(
    source,
    first ?? (tool ? await fetchChannels(source, tool, deps) : unsupported()),
    tool,
  );
  if (deps.refused?.()) return { kind: 'skipped' };
  const now = deps.now();
  const at = now.toISOString();
  const toolName = tool?.displayName ?? source.tool;
  if (result.ok) {
    let profiles = 0;
    const channels = result.channels.map(toReported);
    const planOf = (current: SourceRecord, all: readonly Profile[]) =>
      planSync(
        all,
        {
          id: current.id,
          toolName,
          reconnectUrl: tool!.reconnectUrl(current.baseUrl),
          vanished: tool!.vanished,
        },
        channels,
        now,
        () => crypto.randomUUID(),
      );
    // Posts at risk: asked before the commit, for the channels this sync leaves broken, expiring or paused,
    // and written in the same transaction as the channels (lib/background/source-posts.ts).
    const ctx = { baseUrl: source.baseUrl, workspace: source.workspace, perform: deps.perform, now };
    const stake = await postsAtStake(
      source.id,
      tool!,
      result.channels,
      (all) => planOf(source, all).put,
      ctx,
    );
    if (deps.refused?.()) return { kind: 'skipped' };
    const written = await commitSync(source.id, source.generation, {
      plan(current, all) {
        const plan = planOf(current, all);
        if (stake) {
          const before = new Map(all.map((p) => [p.id, p]));
          plan.put = withPosts(plan.put, before, current.id, stake.fetched, stake.settings, now);
        }
        const after = new Map(all.map((p) => [p.id, p]));
        for (const p of plan.put) after.set(p.id, p);
        const counts = countLinked([...after.values()], current.id);
        profiles = counts.profiles;
        const { retry: _retry, ambiguous: _ambiguous, ...rest } = current;
        const next: SourceRecord = {
          ...rest,
          lastSync: { at, outcome: 'ok' },
          lastSuccessAt: at,
          counts: { ...counts, notTracked: plan.notTracked },
          ...(plan.ambiguous.length ? { ambiguous: plan.ambiguous.slice(0, 50) } : {}),
        };
        return { source: next, put: plan.put, history: reportEntries(plan.changes, now) };
      },
    });
    if (!written) return { kind: 'superseded' };
    await deps.onSynced();
    return { kind: 'synced', profiles, requests: result.requests + (stake?.fetched?.requests ?? 0) };
  }
  const outcome = NEEDS_PERSON.has(result.problem) ? 'refused' : 'transient';
  let notify: SourceRecord | undefined;
  const written = await commitSync(source.id, source.generation, {
    plan(current, all) {
      const attempts = (current.retry?.attempts ?? 0) + 1;
      const delay = backoffDelay(attempts, (deps.random ?? Math.random)(), result.retryAfterMs);
      // One notification per problem episode: the episode lives in `retry`, which only a sync the tool
      // answered well (or a new key) clears, so refused → offline → refused is still the one notice. A
      // record written before `notified` existed whose last sync was refused was notified then.
      const notified = current.retry?.notified === true || current.lastSync?.outcome === 'refused';
      const next: SourceRecord = {
        ...current,
        lastSync: { at, outcome, problem: result.problem, detail: result.detail.slice(0, 300) },
        retry: {
          attempts,
          notBefore: new Date(now.getTime() + delay).toISOString(),
          ...(notified || outcome === 'refused' ? { notified: true } : {}),
        },
      };
      if (outcome === 'refused' && !notified) notify = next;
      const reason = STALE_REASON[result.problem] ?? 'unexpected-answer';
      return { source: next, put: markStale(all, current.id, reason, now) };
    },
  });
  if (!written) return { kind: 'superseded' };
  await deps.onSynced();
  if (notify) await deps.notifyProblem(notify, toolName);
  return { kind: 'failed', problem: result.problem };
}

async function fetchChannels(source: SourceRecord, tool: SourceTool, deps: SourceSyncDeps): Promise<Fetched> {
  // Refreshed inside the tool's one running sync: two syncs never spend one refresh token.
  if (tool.oauth) return syncHootsuite(source, tool, deps);
  let key: string | undefined;
  try {
    key = await getToken(sourceKeyId(source.id));
  } catch {
    key = undefined;
  }
  if (!key) {
    return {
      ok: false,
      problem: 'key-unreadable',
      detail: 'The stored key could not be read: enter it again',
    };
  }
  return tool.sync({
    key,
    baseUrl: source.baseUrl,
    workspace: source.workspace,
    perform: deps.perform,
    now: deps.now(),
  });
}

/**
 * An answer that lists no channel at all, from a tool that had some, hides every one of them at once (gone
 * profiles leave the badge): more likely a glitch than a person removing everything, so it changes nothing.
 * Disconnecting the tool is the way to drop them all. Not so for a tool that unlinks broken connections
 * (Ayrshare): there an empty list is its one way of saying that the last linked network broke, and it is
 * shown (counted, red), never hidden.
 */
function suspiciouslyEmpty(source: SourceRecord, result: Fetched, tool: SourceTool | undefined): Fetched {
  if (!result.ok || result.channels.length > 0 || source.counts.profiles === 0) return result;
  if (tool?.vanished === 'unlinked') return result;
  return {
    ok: false,
    problem: 'empty-list',
    detail: 'The tool listed no channels at all; the last list is kept',
  };
}

function unsupported(): Fetched {
  return {
    ok: false,
    problem: 'unsupported',
    detail: 'This version of the extension does not support this tool',
  };
}

function toReported(channel: ChannelReport): ReportedChannel {
  return {
    externalId: channel.externalId,
    platform: channel.platform ?? undefined,
    name: channel.name,
    handle: channel.handle,
    kind: channel.kind,
    state: channel.state === 'unknown' ? 'listed' : channel.state,
    notices: channel.notices,
    expiresAt: channel.expiresAt,
    said: channel.said,
    refreshFailedAt: channel.refreshFailedAt,
    organization: channel.organization?.name,
  };
}
