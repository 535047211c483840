import type { Reason } from './reasons';

export type ReasonSeverity = 'warning' | 'broken' | 'transient' | 'info';

export interface ReasonCopy {
  /** Short title, shown in the popup, the badge tooltip and banners. */
  title: string;
  /** One sentence: what happened. */
  explanation: string;
  /** What the user should do about it. */
  remedy: string;
  severity: ReasonSeverity;
  /** Causes publishing tools name to their users that end in this reason (PLATFORMS.md). */
  causes: readonly string[];
}

/** Copy for every reason. A new reason without copy does not compile. */
export const REASON_CATALOGUE = {
  'lifetime-ending': {
    title: 'Connection ending soon',
    explanation:
      'The connection reaches the end of its lifetime soon (about 60 days on Facebook, Instagram and LinkedIn).',
    remedy: 'Reconnect it in your publishing tool before it ends so that no scheduled post fails.',
    severity: 'warning',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'lifetime-ended': {
    title: 'Connection expired',
    explanation: 'The connection has reached the end of its lifetime; posts scheduled to it will fail.',
    remedy: 'Reconnect the profile in your publishing tool.',
    severity: 'broken',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'token-expired': {
    title: 'Token expired',
    explanation: 'The platform says the access token has expired.',
    remedy: 'Reconnect the profile in your publishing tool.',
    severity: 'broken',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'token-invalid': {
    title: 'Connection no longer valid',
    explanation: 'The platform no longer accepts the access token (expired or revoked).',
    remedy: 'Reconnect the profile in your publishing tool.',
    severity: 'broken',
    causes: [],
  },
  'token-revoked': {
    title: 'Access revoked',
    explanation: 'Access for the publishing tool was revoked on the platform.',
    remedy: 'Reconnect the profile in your publishing tool and allow access again.',
    severity: 'broken',
    causes: [],
  },
  'password-changed': {
    title: 'Password changed',
    explanation: 'The account password was changed, which ends every existing connection.',
    remedy: 'Reconnect the profile in your publishing tool, logged in with the new password.',
    severity: 'broken',
    causes: ['password changed'],
  },
  'app-removed': {
    title: 'App removed',
    explanation: 'The publishing tool was removed from the account’s app settings.',
    remedy: 'Reconnect the profile and authorise the publishing tool again.',
    severity: 'broken',
    causes: [],
  },
  'security-checkpoint': {
    title: 'Security check',
    explanation: 'The platform ran a security check and wants the account owner to log in and confirm.',
    remedy: 'Log in on the platform’s site, complete the security check, then reconnect.',
    severity: 'broken',
    causes: ['the platform’s routine security checks', 'logins from many IP addresses'],
  },
  'account-unconfirmed': {
    title: 'Account not confirmed',
    explanation: 'The platform needs the account to be confirmed before it accepts the connection.',
    remedy: 'Log in on the platform’s site, confirm the account, then reconnect.',
    severity: 'broken',
    causes: [],
  },
  'logged-out': {
    title: 'Session ended',
    explanation: 'The session behind the connection was logged out or invalidated.',
    remedy: 'Reconnect the profile; avoid switching between accounts often in the same browser.',
    severity: 'broken',
    causes: ['frequently logging in and out of different accounts'],
  },
  'admin-role-lost': {
    title: 'Admin role lost',
    explanation: 'The person who connected this page no longer has an admin role on it.',
    remedy:
      'Get the admin role back (or ask a current admin to connect the page); a new connection fails until then.',
    severity: 'broken',
    causes: ['the person who connected the account is no longer an admin'],
  },
  'permission-missing': {
    title: 'Permission missing',
    explanation: 'A permission the publishing tool needs was removed or never granted.',
    remedy: 'Reconnect the profile and grant every permission the publishing tool asks for.',
    severity: 'broken',
    causes: [],
  },
  'spam-block': {
    title: 'Temporarily blocked',
    explanation:
      'The platform temporarily blocked posting, for example after identical posts to several accounts at once.',
    remedy: 'Wait for the block to lift and vary posts across accounts; the connection itself is fine.',
    severity: 'warning',
    causes: ['identical posts to several accounts at once', 'spam-like behaviour'],
  },
  'account-suspended': {
    title: 'Account suspended',
    explanation: 'The platform suspended the account.',
    remedy: 'Resolve the suspension with the platform, then reconnect.',
    severity: 'broken',
    causes: [],
  },
  'account-locked': {
    title: 'Account locked',
    explanation:
      'The platform locked the account, often after unusual activity such as log-ins from many places.',
    remedy: 'Log in on the platform’s site to unlock the account, then reconnect.',
    severity: 'broken',
    causes: ['logins from many IP addresses'],
  },
  'data-access-expired': {
    title: 'Data access expired',
    explanation: 'The platform’s data access ran out because the account owner was not active for 90 days.',
    remedy: 'Log in on the platform, then reconnect the profile.',
    severity: 'broken',
    causes: [],
  },
  'rate-limited': {
    title: 'Platform busy',
    explanation: 'The platform asked us to slow down, so the check could not finish.',
    remedy: 'Nothing to do: the check is retried automatically.',
    severity: 'transient',
    causes: [],
  },
  'platform-error': {
    title: 'Platform error',
    explanation: 'The platform answered with a temporary error.',
    remedy: 'Nothing to do: the check is retried automatically.',
    severity: 'transient',
    causes: [],
  },
  'network-error': {
    title: 'Could not reach the platform',
    explanation: 'The check could not reach the platform (offline or a network problem).',
    remedy: 'Check your connection; the check is retried automatically.',
    severity: 'transient',
    causes: [],
  },
  timeout: {
    title: 'Check timed out',
    explanation: 'The platform did not answer in time.',
    remedy: 'Nothing to do: the check is retried automatically.',
    severity: 'transient',
    causes: [],
  },
  'unexpected-answer': {
    title: 'Unexpected answer',
    explanation:
      'The platform answered in a way that proves nothing either way (one we do not recognise), so the status is kept as it was.',
    remedy: 'Nothing to do for now: the next regular check asks again.',
    severity: 'transient',
    causes: [],
  },
  'token-unreadable': {
    title: 'Stored token unreadable',
    explanation: 'The access token saved for this profile could not be read back, so it was not checked.',
    remedy: 'Enter the access token again on the options page; the status shown is the last one known.',
    severity: 'transient',
    causes: [],
  },
  'no-dates': {
    title: 'Not enough information',
    explanation: 'No connection date, expiry date or token is known for this profile.',
    remedy: 'Add the date it was connected, its expiry date or its access token.',
    severity: 'info',
    causes: [],
  },
  // A publishing tool's own word; `{tool}` becomes the tool's name (see `reasonCopy`).
  'source-disconnected': {
    title: 'Broken in {tool}',
    explanation: '{tool} reports this connection broken: posts to it will fail.',
    remedy: 'Reconnect it in {tool}.',
    severity: 'broken',
    causes: [],
  },
  'source-expiring': {
    title: 'Refresh due soon in {tool}',
    explanation: '{tool} says this connection must be refreshed soon.',
    remedy: 'Reconnect it in {tool} before the date shown.',
    severity: 'warning',
    causes: [],
  },
  'source-expired': {
    title: 'Refresh overdue in {tool}',
    explanation: '{tool} says this connection needed refreshing by now: posts to it may fail.',
    remedy: 'Reconnect it in {tool}.',
    severity: 'broken',
    causes: [],
  },
  'source-locked': {
    title: 'Locked in {tool}',
    explanation: '{tool} locked this channel, usually after a plan change; the connection itself is fine.',
    remedy: 'Unlock it in {tool} (for example by changing plan) to post to it again.',
    severity: 'info',
    causes: [],
  },
  'source-gone': {
    title: 'No longer in {tool}',
    explanation: '{tool} no longer lists this channel, so nothing is watching it.',
    remedy: 'Remove it here, or connect it in {tool} again.',
    severity: 'info',
    causes: [],
  },
  'source-key-refused': {
    title: 'Key refused by {tool}',
    explanation: '{tool} no longer accepts the key, so the status shown is the last one it reported.',
    remedy: 'Replace the key of {tool} on the options page.',
    severity: 'transient',
    causes: [],
  },
} as const satisfies Record<Reason, ReasonCopy>;

const TOOL = '{tool}';

/** A reason's copy; `tool` (a publishing tool's name) fills the `{tool}` of the tools' own reasons. */
export function reasonCopy(reason: Reason, tool?: string): ReasonCopy {
  const copy: ReasonCopy = REASON_CATALOGUE[reason];
  if (!copy.title.includes(TOOL) && !copy.explanation.includes(TOOL)) return copy;
  const name = tool ?? 'the publishing tool';
  const fill = (text: string) => {
    const filled = text.replaceAll(TOOL, name);
    return filled.charAt(0).toUpperCase() + filled.slice(1);
  };
  return { ...copy, title: fill(copy.title), explanation: fill(copy.explanation), remedy: fill(copy.remedy) };
}

/** The causes publishing tools give their users; each must have a home in the catalogue. */
export const PUBLISHER_CAUSES = [
  'password changed',
  'the platform’s routine security checks',
  'the person who connected the account is no longer an admin',
  'identical posts to several accounts at once',
  'spam-like behaviour',
  'logins from many IP addresses',
  'frequently logging in and out of different accounts',
  'the ~60-day lifetime of Facebook, Instagram and LinkedIn connections',
] as const;
