import { platform } from './platform-metadata';
import type { Profile } from './profile';

const DAY_MS = 86_400_000;

/**
 * A profile the person has just reconnected in their publishing tool: its lifetime starts again now. A typed-in
 * expiry date moves by the platform's lifetime (or goes, where connections do not expire by date); a snooze
 * and a dismissed banner no longer apply. What live checks learnt stays: an older answer no longer counts
 * against a newer connection date.
 */
export function reconnectedAt(profile: Profile, now: Date): Profile {
  const { snooze: _snooze, dismissedStatus: _dismissed, expiresAt, ...rest } = profile;
  const lifetime = platform(profile.platform).policy.lifetimeDays;
  const moved =
    expiresAt && lifetime !== null ? new Date(now.getTime() + lifetime * DAY_MS).toISOString() : undefined;
  return {
    ...rest,
    connectedAt: now.toISOString(),
    ...(moved ? { expiresAt: moved } : {}),
    updatedAt: now.toISOString(),
  };
}
