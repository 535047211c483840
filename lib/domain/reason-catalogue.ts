import type { Reason } from './reasons';

export type ReasonSeverity = 'warning' | 'broken' | 'transient' | 'info';

/** What the product decides from a reason. Its words live in `_locales/<lang>/messages.json` (`reasonMessageKey`). */
export interface ReasonFacts {
  severity: ReasonSeverity;
  /** Causes publishing tools name to their users that end in this reason (docs/platforms.md). */
  causes: readonly string[];
}

/** Facts for every reason; a new reason without them does not compile (nor without messages: `ReasonMessageKey`). */
export const REASON_CATALOGUE = {
  'lifetime-ending': {
    severity: 'warning',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'lifetime-ended': {
    severity: 'broken',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'token-expired': {
    severity: 'broken',
    causes: ['the ~60-day lifetime of Facebook, Instagram and LinkedIn connections'],
  },
  'token-invalid': { severity: 'broken', causes: [] },
  'token-revoked': { severity: 'broken', causes: [] },
  'password-changed': { severity: 'broken', causes: ['password changed'] },
  'app-removed': { severity: 'broken', causes: [] },
  'security-checkpoint': {
    severity: 'broken',
    causes: ['the platform’s routine security checks', 'logins from many IP addresses'],
  },
  'account-unconfirmed': { severity: 'broken', causes: [] },
  'logged-out': { severity: 'broken', causes: ['frequently logging in and out of different accounts'] },
  'admin-role-lost': {
    severity: 'broken',
    causes: ['the person who connected the account is no longer an admin'],
  },
  'permission-missing': { severity: 'broken', causes: [] },
  'spam-block': {
    severity: 'warning',
    causes: ['identical posts to several accounts at once', 'spam-like behaviour'],
  },
  'account-suspended': { severity: 'broken', causes: [] },
  'account-locked': { severity: 'broken', causes: ['logins from many IP addresses'] },
  'data-access-expired': { severity: 'broken', causes: [] },
  'rate-limited': { severity: 'transient', causes: [] },
  'platform-error': { severity: 'transient', causes: [] },
  'network-error': { severity: 'transient', causes: [] },
  timeout: { severity: 'transient', causes: [] },
  'unexpected-answer': { severity: 'transient', causes: [] },
  'token-unreadable': { severity: 'transient', causes: [] },
  'no-dates': { severity: 'info', causes: [] },
  'source-disconnected': { severity: 'broken', causes: [] },
  'source-expiring': { severity: 'warning', causes: [] },
  'source-expired': { severity: 'broken', causes: [] },
  'source-locked': { severity: 'info', causes: [] },
  'source-gone': { severity: 'info', causes: [] },
  'source-key-refused': { severity: 'transient', causes: [] },
} as const satisfies Record<Reason, ReasonFacts>;

/** The three messages of a reason: a short title (popup, badge tooltip, banners), what happened, what to do. */
export type ReasonPart = 'title' | 'explanation' | 'remedy';

/** `lifetime-ending` → `lifetime_ending`: message keys allow letters, digits and `_` only. */
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/**
 * The message key of one part of a reason's copy. The edges translate it (`reasonText`), and the pages'
 * `Translate` accepts only keys of the English catalogue: a reason without its three messages does not compile.
 */
export type ReasonMessageKey = `reason_${Underscored<Reason>}_${ReasonPart}`;

export function reasonMessageKey(reason: Reason, part: ReasonPart): ReasonMessageKey {
  return `reason_${reason.replaceAll('-', '_')}_${part}` as ReasonMessageKey;
}

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
