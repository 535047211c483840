import type { MessageKey, Translate } from '@/lib/i18n/message-key';
import { reasonText } from '@/lib/i18n/reason-text';

/** Mirrors `Transition` of notifications.ts (kept here so this file has one job: the words). */
type Transition = 'expiring' | 'expired' | 'disconnected' | 'recovered';

/** One whole sentence per transition, with the profile, its platform (and reason) as parameters. */
export const TRANSITION_LINE = {
  expiring: 'i18n_notifyLineExpiring',
  expired: 'i18n_notifyLineExpired',
  disconnected: 'i18n_notifyLineDisconnected',
  recovered: 'i18n_notifyLineRecovered',
} as const satisfies Record<Transition, MessageKey>;

/** The title of a notification about one change. */
export const TRANSITION_TITLE = {
  expiring: 'i18n_notifyTitleExpiring',
  expired: 'i18n_notifyTitleExpired',
  disconnected: 'i18n_notifyTitleDisconnected',
  recovered: 'i18n_notifyTitleRecovered',
} as const satisfies Record<Transition, MessageKey>;

export interface LineInput {
  name: string;
  platformName: string;
  transition: Transition;
  reason?: Parameters<typeof reasonText>[1];
  tool?: string;
}

export function notificationLine(t: Translate, input: LineInput): string {
  const { name, platformName, transition, reason, tool } = input;
  if (transition === 'disconnected' && reason) {
    return t('i18n_notifyLineDisconnectedWhy', [name, platformName, reasonText(t, reason, tool).title]);
  }
  return t(TRANSITION_LINE[transition], [name, platformName]);
}

export function notificationTitle(t: Translate, locale: string, transitions: Transition[]): string {
  if (transitions.length === 1) return t(TRANSITION_TITLE[transitions[0]!]);
  const form = new Intl.PluralRules(locale).select(transitions.length);
  const count = new Intl.NumberFormat(locale).format(transitions.length);
  return t(form === 'one' ? 'i18n_notifyTitleManyOne' : 'i18n_notifyTitleManyOther', [count]);
}
