/**
 * Why a profile needs (or may soon need) reconnecting. Every reason has copy in the catalogue
 * (`reason-catalogue.ts`), checked by the compiler with `satisfies Record<Reason, …>`.
 */
export const REASONS = [
  // By date
  'lifetime-ending', // inside the warning window of the ~60-day lifetime
  'lifetime-ended', // the ~60-day (or platform's) lifetime ran out by date
  // Token answers from a live check
  'token-expired', // FB 190/463, LinkedIn EXPIRED_ACCESS_TOKEN, X 89…
  'token-invalid', // FB 190 without subcode / 102, LinkedIn INVALID_ACCESS_TOKEN, a plain 401
  'token-revoked', // LinkedIn REVOKED_ACCESS_TOKEN, the user revoked access
  'password-changed', // FB 190/460
  'app-removed', // FB 190/458
  'security-checkpoint', // FB 190/459: the platform's routine security check
  'account-unconfirmed', // FB 190/464
  'logged-out', // FB 190/467, frequent log-ins and log-outs of different accounts
  'admin-role-lost', // FB 190/492 (LinkedIn's 403 ACCESS_DENIED on userinfo is an alive token, not this)
  'permission-missing', // FB 10, 200–299
  'spam-block', // FB 368: temporarily blocked for spam-like or duplicate posting
  'account-suspended', // X 64 / 403
  'account-locked', // X 326: locked, often after log-ins from many IP addresses
  'data-access-expired', // FB/IG data access ran out (90 days since the user was last active)
  // Transient: never a verdict on the token
  'rate-limited', // HTTP 429, Graph 4, 17, 32, 341, 613
  'platform-error', // HTTP 5xx, Graph 1, 2
  'network-error', // no answer: offline, DNS, TLS, dropped connection
  'timeout', // no answer within the time limit
  'unexpected-answer', // an answer we could not read
  'token-unreadable', // the stored token could not be decrypted (damaged record, lost key)
  // Bookkeeping
  'no-dates', // nothing known: no dates and no token to check
  // A publishing tool's own word about a channel (lib/domain/source-status.ts)
  'source-disconnected', // the tool reports the connection broken
  'source-expiring', // the tool's own refresh date is inside the warning window
  'source-expired', // the tool's own refresh date has passed
  'source-locked', // the tool locked the channel (plan limit): a notice, not a broken connection
  'source-gone', // the tool no longer lists the channel
  'source-key-refused', // the tool refused our key: its last word stands, marked stale
  'source-needs-attention', // the tool wants the person (a bill, a plan, a workspace): its last word stands
  'source-unlinked', // a tool that unlinks broken connections (Ayrshare) no longer lists an active channel
  'source-paused', // the tool's queue for the channel is paused (Buffer): scheduled posts do not go out
  'source-disabled', // the channel is disabled in the tool (Postiz): posts to it are not sent
  'source-refresh-failed', // the tool could not refresh a channel of this provider (Postiz's notice): a hint
] as const;

export type Reason = (typeof REASONS)[number];

/** Reasons that describe a failed attempt to check, not the state of the token. */
export const TRANSIENT_REASONS: ReadonlySet<Reason> = new Set<Reason>([
  'rate-limited',
  'platform-error',
  'network-error',
  'timeout',
  'unexpected-answer',
  'token-unreadable',
  'source-key-refused',
  'source-needs-attention',
]);
