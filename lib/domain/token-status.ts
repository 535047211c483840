import { platform } from './platform-metadata';
import type { Profile } from './profile';
import { REASON_SEVERITY } from './reason-catalogue';
import type { Reason } from './reasons';
import type { Settings } from './settings';
import { type LinkSummary, mergeSources, type SourceNoticeView } from './source-status';
import { STATUS_SEVERITY, type Status } from './status';
import { withoutUncheckedAnswers } from './unchecked-answers';

export { STATUS_SEVERITY, STATUSES, type Status } from './status';

const DAY_MS = 86_400_000;

export interface StatusVerdict {
  status: Status;
  /** Why the profile has this status (absent when all is well). */
  reason?: Reason;
  /** When the connection ends: known date, `null` when it does not end by date, absent when unknown. */
  expiresAt?: Date | null;
  /** The last live check failed for a transient cause; the status is the last known one. */
  stale: boolean;
  staleReason?: Reason;
  /** Snoozed: left out of the badge, notifications and banners. */
  snoozed: boolean;
  /** The next moment the status changes by the clock alone (warning window, expiry, snooze end). */
  changesAt?: Date;
  /** The publishing tool no longer lists it: left out of the badge, banners and notifications. */
  gone?: boolean;
  /** What the pasted token's own live check says, when something else decides the status. */
  tokenReason?: Reason;
  /** The tool (named with its organization when there are several) whose word the reason is. */
  reasonTool?: string;
  /** The deciding tool's own words about the connection (Zernio's issues). */
  reasonSaid?: string;
  /** Each tool-channel, named, when the profile has several. */
  links?: LinkSummary[];
  /** The platform refused the token while this tool still reports the channel connected. */
  toolStillConnected?: string;
  /** The tools' notices (paused queue, plan lock, disabled channel): shown, never a verdict. */
  notices?: SourceNoticeView[];
}

type StatusSettings = Pick<Settings, 'warnDays'>;

/**
 * When the connection ends: what the last valid live answer said, else an explicit expiry, else connection
 * date + platform lifetime. `null` when it does not end by date, `undefined` when nothing is known.
 */
export function effectiveExpiry(profile: Profile): Date | null | undefined {
  if (withoutUncheckedAnswers(profile) !== profile) return effectiveExpiry(withoutUncheckedAnswers(profile));
  const verdict = profile.lastVerdict;
  const reconnectedSince =
    !!verdict && !!profile.connectedAt && Date.parse(profile.connectedAt) > Date.parse(verdict.at);
  // What the platform itself said about the token beats any date a person typed in, until a reconnection.
  if (verdict?.outcome === 'valid' && verdict.expiresAt !== undefined && !reconnectedSince) {
    return verdict.expiresAt === null ? null : new Date(verdict.expiresAt);
  }
  if (profile.expiresAt) return new Date(profile.expiresAt);
  const lifetime = platform(profile.platform).policy.lifetimeDays;
  if (profile.connectedAt) {
    return lifetime === null ? null : new Date(Date.parse(profile.connectedAt) + lifetime * DAY_MS);
  }
  if (profile.lastVerdict?.outcome === 'valid' && lifetime === null) return null;
  return undefined;
}

/** The live verdict that still counts: an invalid answer older than the last reconnection no longer does. */
function currentInvalidVerdict(profile: Profile) {
  const verdict = profile.lastVerdict;
  if (verdict?.outcome !== 'invalid' || !verdict.reason) return undefined;
  if (profile.connectedAt && Date.parse(profile.connectedAt) > Date.parse(verdict.at)) return undefined;
  return verdict;
}

/**
 * Derives a profile's status from its dates, the settings and its last live check, at `now`.
 * Pure: the same inputs always give the same verdict.
 */
export function evaluateStatus(profile: Profile, settings: StatusSettings, now: Date): StatusVerdict {
  if (withoutUncheckedAnswers(profile) !== profile) {
    return evaluateStatus(withoutUncheckedAnswers(profile), settings, now);
  }
  // The tools' word merged with the dates and the live check (lib/domain/source-status.ts).
  const own = evaluateUnsnoozed(profile, settings, now);
  const invalid = currentInvalidVerdict(profile);
  const refused = !!invalid?.reason && REASON_SEVERITY[invalid.reason] === 'broken';
  const merged = mergeSources(profile, own, refused, settings, now);
  const base = merged ?? own;
  // The token's own word, shown beside when a tool's word decides the status.
  const tokenReason = merged && base.reason !== invalid?.reason ? invalid?.reason : undefined;
  const check = profile.lastCheck;
  const sourceStale = merged?.stale;
  // A failed attempt: the status is the last known one. An answer that proved nothing ("can't tell") also keeps
  // it, but is not stale: the view shows it as can't tell (see lib/domain/inconclusive-run.ts).
  const tokenStale =
    check?.outcome === 'transient' &&
    (!profile.lastVerdict || Date.parse(check.at) >= Date.parse(profile.lastVerdict.at));
  const stale = tokenStale || !!sourceStale;
  const snooze = profile.snooze;
  const snoozeUntil = snooze ? new Date(snooze.until) : undefined;
  const snoozed =
    !!snooze &&
    !!snoozeUntil &&
    now < snoozeUntil &&
    base.status !== 'ok' &&
    STATUS_SEVERITY[base.status] <= STATUS_SEVERITY[snooze.status];
  let changesAt = base.changesAt;
  if (snoozed && snoozeUntil && (!changesAt || snoozeUntil < changesAt)) changesAt = snoozeUntil;
  return {
    status: base.status,
    ...(base.reason ? { reason: base.reason } : {}),
    ...(base.expiresAt !== undefined ? { expiresAt: base.expiresAt } : {}),
    stale,
    staleReason: sourceStale ? sourceStale.reason : stale ? check?.reason : undefined,
    snoozed,
    changesAt,
    ...(merged
      ? {
          gone: merged.gone,
          ...(tokenReason ? { tokenReason } : {}),
          ...(merged.tool ? { reasonTool: merged.tool } : {}),
          ...(merged.said && merged.tool ? { reasonSaid: merged.said } : {}),
          ...(merged.links ? { links: merged.links } : {}),
          ...(merged.toolStillConnected ? { toolStillConnected: merged.toolStillConnected } : {}),
          ...(merged.notices ? { notices: merged.notices } : {}),
        }
      : {}),
  };
}

function evaluateUnsnoozed(
  profile: Profile,
  settings: StatusSettings,
  now: Date,
): Omit<StatusVerdict, 'stale' | 'snoozed'> {
  const expiresAt = effectiveExpiry(profile);
  const invalid = currentInvalidVerdict(profile);
  if (invalid?.reason && REASON_SEVERITY[invalid.reason] === 'broken') {
    const expiredByAnswer = invalid.reason === 'token-expired' || invalid.reason === 'lifetime-ended';
    return { status: expiredByAnswer ? 'expired' : 'disconnected', reason: invalid.reason, expiresAt };
  }
  // A non-fatal notice (a temporary posting block) is shown, but the dates still decide the status.
  const notice = invalid?.reason;
  if (expiresAt === undefined) {
    return { status: 'unknown', reason: notice ?? 'no-dates', expiresAt };
  }
  if (expiresAt === null) return { status: 'ok', reason: notice, expiresAt };
  const warnFrom = new Date(expiresAt.getTime() - settings.warnDays * DAY_MS);
  if (now >= expiresAt) return { status: 'expired', reason: 'lifetime-ended', expiresAt };
  if (now >= warnFrom) {
    return { status: 'expiring', reason: notice ?? 'lifetime-ending', expiresAt, changesAt: expiresAt };
  }
  return { status: 'ok', reason: notice, expiresAt, changesAt: warnFrom };
}

/** Profiles that need reconnecting now (counted red on the badge). */
export function needsReconnect(verdict: StatusVerdict): boolean {
  return (
    !verdict.snoozed && !verdict.gone && (verdict.status === 'expired' || verdict.status === 'disconnected')
  );
}

/** Profiles that will need reconnecting soon (counted amber when none need it now). */
export function isExpiring(verdict: StatusVerdict): boolean {
  return !verdict.snoozed && !verdict.gone && verdict.status === 'expiring';
}

/** The earliest moment any profile's status changes by the clock alone. */
export function nextStatusChange(verdicts: Iterable<StatusVerdict>): Date | undefined {
  let next: Date | undefined;
  for (const v of verdicts) if (v.changesAt && (!next || v.changesAt < next)) next = v.changesAt;
  return next;
}
