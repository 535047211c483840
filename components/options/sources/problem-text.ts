import type { I18n, MessageKey } from '../../i18n';

const PROBLEM_KEYS: Record<string, MessageKey> = {
  'key-refused': 'sources_problem_keyRefused',
  forbidden: 'sources_problem_forbidden',
  'not-found': 'sources_problem_notFound',
  'rate-limited': 'sources_problem_rateLimited',
  'server-error': 'sources_problem_serverError',
  unreadable: 'sources_problem_unreadable',
  network: 'sources_problem_network',
  timeout: 'sources_problem_timeout',
  'bad-address': 'sources_problem_badAddress',
  'key-unreadable': 'sources_problem_keyUnreadable',
  'empty-list': 'sources_problem_emptyList',
  'payment-required': 'sources_problem_paymentRequired',
  'no-subscription': 'sources_problem_noSubscription',
  'no-workspace-list': 'sources_problem_noWorkspaceList',
  'connect-again': 'sources_problem_connectAgain',
  // Refusals of an OAuth sign-in (Hootsuite), before anything is stored.
  'identity-refused': 'sources_problem_identityRefused',
  'sign-in-closed': 'sources_problem_signInClosed',
  'state-mismatch': 'sources_problem_stateMismatch',
  denied: 'sources_problem_signInDenied',
  'no-code': 'sources_problem_signInNoCode',
  'wrong-address': 'sources_problem_signInNoCode',
  'client-refused': 'sources_problem_clientRefused',
  'client-missing': 'sources_problem_clientMissing',
};

/** What is wrong with a tool, in the person's words ("Buffer no longer accepts this key: replace it."). */
export function problemText(i18n: I18n, problem: string, toolName: string): string {
  return i18n.t(PROBLEM_KEYS[problem] ?? 'sources_problem_other', [toolName]);
}

/** Why connecting (or a new key) failed; nothing was stored. */
export function refusalText(i18n: I18n, refusal: { problem: string; toolName: string }): string {
  if (refusal.problem === 'key-refused') return i18n.t('sources_refusedKey', [refusal.toolName]);
  return i18n.t('sources_refusedOther', [
    refusal.toolName,
    problemText(i18n, refusal.problem, refusal.toolName),
  ]);
}
