import { isCantTell, keepsAnswering } from '../domain/inconclusive-run';
import type { Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';
import { evaluateStatus, type StatusVerdict } from '../domain/token-status';
import type { ProfileView, StateSnapshot } from '../messaging/views';
import { reconnectTarget } from '../platforms';
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

/** Reads profiles and settings and derives every profile's status at `now`. */
export async function loadState(now: Date = new Date()): Promise<BackgroundState> {
  const [{ profiles }, settings] = await Promise.all([listProfiles(), getSettings()]);
  // Everything set aside so far, not only by this read: a page's next read must still say so.
  const quarantined = await quarantineCount();
  const entries = profiles.map((profile) => ({ profile, verdict: evaluateStatus(profile, settings, now) }));
  return { now, settings, entries, quarantined };
}

export function toView({ profile, verdict }: Evaluated, now: Date = new Date()): ProfileView {
  const expires = verdict.expiresAt;
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
  };
}

export function snapshot(state: BackgroundState): StateSnapshot {
  return {
    profiles: state.entries.map((entry) => toView(entry, state.now)),
    settings: state.settings,
    now: state.now.toISOString(),
    quarantined: state.quarantined,
  };
}
