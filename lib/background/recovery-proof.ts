import type { Profile } from '../domain/profile';
import type { Status } from '../domain/token-status';

/** The notification memory's second half: per profile, the newest moment it was known broken. */
export const SEEN_BROKEN_KEY = 'seen-broken';

const BROKEN: ReadonlySet<Status> = new Set(['expired', 'disconnected']);

export function isBroken(status: Status): boolean {
  return BROKEN.has(status);
}

const time = (iso: string | undefined) => (iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/**
 * The reports a profile holds from a live check or a tool's sync, each with when it was made and whether it
 * says the connection works. The one place that knows where those reports live on a profile.
 */
function reports(profile: Profile): { at: number; works: boolean }[] {
  const out: { at: number; works: boolean }[] = [];
  const verdict = profile.lastVerdict;
  if (verdict) out.push({ at: time(verdict.at), works: verdict.outcome === 'valid' });
  // Each tool-channel's own report; only an explicit "connected" says it works (a listing says nothing).
  for (const link of profile.sources ?? []) {
    out.push({ at: time(link.reportedAt), works: link.state === 'connected' });
  }
  return out;
}

/** When the newest report of any kind was made (to move the "seen broken" mark while it stays broken). */
export function newestReport(profile: Profile): number {
  return Math.max(Number.NEGATIVE_INFINITY, ...reports(profile).map((r) => r.at));
}

/**
 * A recovery is proven only by a check or a sync made after the profile was last seen broken that says it
 * works. Removing a token, "I reconnected it", an edit, an import or unlinking a tool changes the status
 * without a new report: the reports left are older than the mark, so the status changes silently.
 */
export function recoveryProven(profile: Profile, seenBroken: number): boolean {
  return reports(profile).some((r) => r.works && r.at > seenBroken);
}

export function parseTimes(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !Number.isNaN(Date.parse(e[1])),
    ),
  );
}
