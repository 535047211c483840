import { browser } from 'wxt/browser';
import type { SourceRecord } from '../domain/source-record';
import { translate } from './translate';

/** The one notification for a tool that needs the person: which tool, and what to do on the options page. */
export async function notifySourceProblem(source: SourceRecord, toolName: string): Promise<void> {
  const problem = source.lastSync?.problem;
  const refused = problem === 'key-refused' || problem === 'forbidden';
  // A bill, a plan or a workspace to give: the tool works, it needs the person, not a new key.
  const attention =
    problem === 'payment-required' || problem === 'no-subscription' || problem === 'no-workspace-list';
  // An OAuth sign-in that is used up or revoked (Hootsuite): the remedy is signing in again, not a key.
  const again = problem === 'connect-again';
  await browser.notifications.create(`reconnect-radar-source-${source.id}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: again
      ? translate('i18n_sourceNoticeConnectAgainTitle', [toolName])
      : translate(
          refused
            ? 'i18n_sourceNoticeRefusedTitle'
            : attention
              ? 'i18n_sourceNoticeAttentionTitle'
              : 'i18n_sourceNoticeUnreadableTitle',
          [toolName],
        ),
    message: translate(
      again
        ? 'i18n_sourceNoticeConnectAgain'
        : refused
          ? 'i18n_sourceNoticeRefused'
          : 'i18n_sourceNoticeUnreadable',
      [toolName],
    ),
    priority: 1,
  });
}
