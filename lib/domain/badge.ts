import { isExpiring, needsReconnect, type StatusVerdict } from './token-status';

export interface BadgeEntry {
  name: string;
  platformName: string;
  verdict: StatusVerdict;
}

export interface BadgeState {
  text: string;
  /** Red when something needs reconnecting, amber when something is only expiring. */
  color: string;
  tone: 'broken' | 'warning' | 'none';
  title: string;
}

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#B06000';

const MAX_NAMES = 8;

function nameList(entries: BadgeEntry[]): string {
  const names = entries.slice(0, MAX_NAMES).map((e) => `${e.name} (${e.platformName})`);
  const more = entries.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/** Badge text, colour and tooltip for a list of profiles' verdicts. */
export function badgeState(entries: BadgeEntry[], appName = 'Reconnect Radar'): BadgeState {
  const broken = entries.filter((e) => needsReconnect(e.verdict));
  const expiring = entries.filter((e) => isExpiring(e.verdict));
  const lines = [appName];
  if (broken.length)
    lines.push(`${broken.length} need${broken.length === 1 ? 's' : ''} reconnecting: ${nameList(broken)}`);
  if (expiring.length) lines.push(`${expiring.length} expiring soon: ${nameList(expiring)}`);
  if (!broken.length && !expiring.length) {
    lines.push(entries.length ? 'All connections are fine' : 'No profiles yet');
  }
  const title = lines.join('\n');
  if (broken.length) return { text: countText(broken.length), color: BADGE_RED, tone: 'broken', title };
  if (expiring.length)
    return { text: countText(expiring.length), color: BADGE_AMBER, tone: 'warning', title };
  return { text: '', color: BADGE_AMBER, tone: 'none', title };
}

function countText(n: number): string {
  return n > 999 ? '999+' : String(n);
}
