import type { Reason } from './reasons';

export type ReasonSeverity = 'warning' | 'broken' | 'transient' | 'info';

/**
 * What the product decides from a reason: its severity. Its words live in `_locales/<lang>/messages.json`
 * (`reasonMessageKey`); the causes publishing tools give for each are in docs/platforms.md, and
 * tests/unit/domain/reason-catalogue.test.ts gives each of them its reason. A new reason without a severity
 * does not compile (nor without messages: `ReasonMessageKey`).
 */
export const REASON_SEVERITY = {
  'lifetime-ending': 'warning',
  'lifetime-ended': 'broken',
  'token-expired': 'broken',
  'token-invalid': 'broken',
  'token-revoked': 'broken',
  'password-changed': 'broken',
  'app-removed': 'broken',
  'security-checkpoint': 'broken',
  'account-unconfirmed': 'broken',
  'logged-out': 'broken',
  'admin-role-lost': 'broken',
  'permission-missing': 'broken',
  'spam-block': 'warning',
  'account-suspended': 'broken',
  'account-locked': 'broken',
  'data-access-expired': 'broken',
  'rate-limited': 'transient',
  'platform-error': 'transient',
  'network-error': 'transient',
  timeout: 'transient',
  'unexpected-answer': 'transient',
  'token-unreadable': 'transient',
  'no-dates': 'info',
  'source-disconnected': 'broken',
  'source-expiring': 'warning',
  'source-expired': 'broken',
  'source-locked': 'info',
  'source-gone': 'info',
  'source-key-refused': 'transient',
  'source-needs-attention': 'transient',
  'source-unlinked': 'broken',
  'source-paused': 'info',
  'source-disabled': 'info',
  'source-refresh-failed': 'info',
} as const satisfies Record<Reason, ReasonSeverity>;

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
