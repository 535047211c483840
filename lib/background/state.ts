import { isCantTell, keepsAnswering } from '../domain/inconclusive-run';
import { postsAtRisk } from '../domain/posts-at-risk';
import type { Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';
import { summaryCounts } from '../domain/summary-counts';
import { evaluateStatus, type StatusVerdict } from '../domain/token-status';
import { mostUrgent } from '../domain/urgency';
import type { ProfileView, StateSnapshot } from '../messaging/views';
import { reconnectTarget } from '../platforms';
import { unwrittenSince, writeMark } from '../storage/db';
import { listProfiles, quarantineCount } from '../storage/profile-repository';
import { getSettings } from '../storage/settings-store';

export interface Evaluated {
  profile: Profile;
  verdict: StatusVerdict;
}

export interface BackgroundState {
  now: Date;
  settings: Settings;
  entries: Evaluated[];
  quarantined: number;
}

/** What the database held when a read began (`mark`: the write count then, see db.ts `writeMark`). */
interface Stored {
  mark: number;
  profiles: Profile[];
  settings: Settings;
  quarantined: number;
}

/** The newest read, reused while no write has opened since it began (db.ts `unwrittenSince`). */
let lastRead: Stored | undefined;
/** Which read each state was derived from. */
const reads = new WeakMap<BackgroundState, Stored>();

/** `a` and `b` come from the same read, and nothing has been written since it began. */
export function sameCurrentRead(a: BackgroundState, b: BackgroundState): boolean {
  const read = reads.get(a);
  return read !== undefined && read === reads.get(b) && unwrittenSince(read.mark);
}

async function readStored(): Promise<Stored> {
  const mark = writeMark();
  const [{ profiles }, settings] = await Promise.all([listProfiles(), getSettings()]);
  // Everything set aside so far, not only by this read: a page's next read must still say so.
  const quarantined = await quarantineCount();
  const read = { mark, profiles, settings, quarantined };
  if (!lastRead || lastRead.mark <= mark) lastRead = read;
  return read;
}

/**
 * Profiles and settings, with every profile's status derived at `now` (statuses move with the clock, so
 * they are always derived afresh). The records come from the last read while no write has opened since it
 * began and none is running, else from a new read; `fresh` always reads (a reconcile does). Only this
 * worker's writes count: a record changed by hand in the browser's developer tools shows at the next write
 * or the worker's next start.
 */
export async function loadState(now: Date = new Date(), fresh = false): Promise<BackgroundState> {
  const kept = lastRead;
  const read = !fresh && kept && unwrittenSince(kept.mark) ? kept : await readStored();
  const { profiles, settings, quarantined } = read;
  const entries = profiles.map((profile) => ({ profile, verdict: evaluateStatus(profile, settings, now) }));
  const state = { now, settings, entries, quarantined };
  reads.set(state, read);
  return state;
}

export function toView({ profile, verdict }: Evaluated, now: Date = new Date()): ProfileView {
  const expires = verdict.expiresAt;
  // Absent for a healthy profile (and one no tool links); derived at `now`, like the status.
  const atRisk = postsAtRisk(profile, verdict, now);
  return {
    ...profile,
    status: verdict.status,
    reason: verdict.reason,
    effectiveExpiresAt: expires === undefined ? undefined : expires === null ? null : expires.toISOString(),
    stale: verdict.stale,
    staleReason: verdict.staleReason,
    snoozed: verdict.snoozed,
    cantTell: isCantTell(profile),
    keepsAnswering: keepsAnswering(profile, now),
    reconnectTarget: reconnectTarget(profile),
    ...(verdict.gone ? { gone: true } : {}),
    ...(verdict.tokenReason ? { tokenReason: verdict.tokenReason } : {}),
    ...(verdict.reasonTool ? { reasonTool: verdict.reasonTool } : {}),
    ...(verdict.reasonSaid ? { reasonSaid: verdict.reasonSaid } : {}),
    ...(verdict.links ? { links: verdict.links } : {}),
    ...(verdict.toolStillConnected ? { toolStillConnected: verdict.toolStillConnected } : {}),
    ...(verdict.notices ? { notices: verdict.notices } : {}),
    ...(atRisk ? { postsAtRisk: atRisk } : {}),
  };
}

/**
 * The posts at risk exactly as the profile's view holds them (`toView`), without the rest of the view: the
 * first rows sort as the whole list does, and the background's words count what the pages show.
 */
export function postsAtRiskOf({ profile, verdict }: Evaluated, now: Date): ProfileView['postsAtRisk'] {
  return postsAtRisk(profile, verdict, now);
}

export function snapshot(state: BackgroundState): StateSnapshot {
  return {
    profiles: state.entries.map((entry) => toView(entry, state.now)),
    settings: state.settings,
    now: state.now.toISOString(),
    quarantined: state.quarantined,
  };
}

/**
 * A page's first answer: the `count` most urgent profiles only (a thousand profiles are some 600 kB to send,
 * and the popup's first screen shows a few), and what the whole list reads as. Only those few are turned
 * into views; the order and the counts come from the verdicts themselves, as the views would give them.
 */
export function firstSnapshot(state: BackgroundState, count: number): StateSnapshot {
  const urgent = mostUrgent(state.entries, count, ({ profile, verdict }) => ({
    status: verdict.status,
    snoozed: verdict.snoozed,
    effectiveExpiresAt: verdict.expiresAt,
    name: profile.name,
    postsAtRisk: postsAtRiskOf({ profile, verdict }, state.now),
  }));
  return {
    profiles: urgent.map((entry) => toView(entry, state.now)),
    partial: {
      counts: summaryCounts(state.entries.map((entry) => entry.verdict)),
      anyToken: state.entries.some(({ profile }) => profile.hasToken || !!profile.sources?.length),
    },
    settings: state.settings,
    now: state.now.toISOString(),
    quarantined: state.quarantined,
  };
}
