import type { Profile } from './profile';
import type { Settings } from './settings';
import { isExpiring, needsReconnect, STATUS_SEVERITY, type StatusVerdict } from './token-status';

const DAY_MS = 86_400_000;

export interface BannerCandidate {
  profile: Profile;
  verdict: StatusVerdict;
}

/**
 * The profiles a site's banner is about: those of the site's platforms that need reconnecting, or that
 * expire within `settings.bannerDays`; never snoozed ones, nor ones dismissed at their current status.
 * Most urgent first.
 */
export function bannerCandidates<T extends BannerCandidate>(
  entries: readonly T[],
  platforms: readonly string[],
  settings: Pick<Settings, 'bannerDays'>,
  now: Date,
): T[] {
  return entries
    .filter(({ profile, verdict }) => {
      if (!platforms.includes(profile.platform)) return false;
      if (profile.dismissedStatus === verdict.status) return false;
      if (needsReconnect(verdict)) return true;
      if (!isExpiring(verdict) || !verdict.expiresAt) return false;
      return verdict.expiresAt.getTime() - now.getTime() <= settings.bannerDays * DAY_MS;
    })
    .sort(
      (a, b) =>
        STATUS_SEVERITY[b.verdict.status] - STATUS_SEVERITY[a.verdict.status] ||
        (a.verdict.expiresAt?.getTime() ?? 0) - (b.verdict.expiresAt?.getTime() ?? 0) ||
        a.profile.name.localeCompare(b.profile.name),
    );
}

/**
 * The profiles whose banner dismissal no longer holds: dismissed at a status they no longer have. The
 * background forgets those dismissals, so the banner comes back when the status changes, even if it later
 * returns to the status it was dismissed at.
 */
export function outdatedDismissals(entries: readonly BannerCandidate[]): string[] {
  return entries
    .filter(
      ({ profile, verdict }) =>
        profile.dismissedStatus !== undefined && profile.dismissedStatus !== verdict.status,
    )
    .map(({ profile }) => profile.id);
}
