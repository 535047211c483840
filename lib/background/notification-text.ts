import type { MessageKey, Translate } from '@/lib/i18n/message-key';
import { type PostsCount, postsNotifyText } from '@/lib/i18n/posts-words';
import { reasonText } from '@/lib/i18n/reason-text';
import type { Status } from '../domain/token-status';

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
  /** What the profile will cost (a recovery costs nothing): the count and the next time, never a post's text. */
  posts?: { view: PostsCount; status: Status; now: Date; locale: string };
}

export function notificationLine(t: Translate, input: LineInput): string {
  const { name, platformName, transition, reason, tool, posts } = input;
  const line =
    transition === 'disconnected' && reason
      ? t('i18n_notifyLineDisconnectedWhy', [name, platformName, reasonText(t, reason, tool).title])
      : t(TRANSITION_LINE[transition], [name, platformName]);
  const cost =
    posts && transition !== 'recovered'
      ? postsNotifyText(t, posts.locale, posts.view, posts.status, posts.now)
      : undefined;
  return cost ? `${line} ${cost}` : line;
}

export function notificationTitle(t: Translate, locale: string, transitions: Transition[]): string {
  if (transitions.length === 1) return t(TRANSITION_TITLE[transitions[0]!]);
  const form = new Intl.PluralRules(locale).select(transitions.length);
  const count = new Intl.NumberFormat(locale).format(transitions.length);
  return t(form === 'one' ? 'i18n_notifyTitleManyOne' : 'i18n_notifyTitleManyOther', [count]);
}
