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
  await browser.notifications.create(`reconnect-radar-source-${source.id}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(
      refused
        ? 'i18n_sourceNoticeRefusedTitle'
        : attention
          ? 'i18n_sourceNoticeAttentionTitle'
          : 'i18n_sourceNoticeUnreadableTitle',
      [toolName],
    ),
    message: translate(refused ? 'i18n_sourceNoticeRefused' : 'i18n_sourceNoticeUnreadable', [toolName]),
    priority: 1,
  });
}
