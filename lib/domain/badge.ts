import { isExpiring, needsReconnect, type StatusVerdict } from './token-status';

export interface BadgeEntry {
  name: string;
  platformName: string;
  verdict: StatusVerdict;
  /** How many of its scheduled posts are at risk, when a tool counted them (the tooltip says the total). */
  postsAtRisk?: number;
}

export interface BadgeState {
  text: string;
  /** Red when something needs reconnecting, amber when something is only expiring. */
  color: string;
  tone: 'broken' | 'warning' | 'none';
  /** What the tooltip names (the background words it in the reader's language: badge-title.ts). */
  broken: BadgeEntry[];
  expiring: BadgeEntry[];
  total: number;
}

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#B06000';

/** Badge text, colour and the profiles its tooltip names, for a list of profiles' verdicts. */
export function badgeState(entries: BadgeEntry[]): BadgeState {
  const broken = entries.filter((e) => needsReconnect(e.verdict));
  const expiring = entries.filter((e) => isExpiring(e.verdict));
  const named = { broken, expiring, total: entries.length };
  if (broken.length) return { text: countText(broken.length), color: BADGE_RED, tone: 'broken', ...named };
  if (expiring.length)
    return { text: countText(expiring.length), color: BADGE_AMBER, tone: 'warning', ...named };
  return { text: '', color: BADGE_AMBER, tone: 'none', ...named };
}

function countText(n: number): string {
  return n > 999 ? '999+' : String(n);
}
