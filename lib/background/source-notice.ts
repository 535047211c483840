import { browser } from 'wxt/browser';
import type { SourceRecord } from '../domain/source-record';

/** The one notification for a tool that needs the person: which tool, and what to do on the options page. */
export async function notifySourceProblem(source: SourceRecord, toolName: string): Promise<void> {
  const refused = source.lastSync?.problem === 'key-refused' || source.lastSync?.problem === 'forbidden';
  await browser.notifications.create(`reconnect-radar-source-${source.id}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: refused ? `${toolName} no longer accepts its key` : `${toolName} cannot be read`,
    message: refused
      ? `Replace the key of ${toolName} on the options page. Its profiles keep the status it last reported.`
      : `Open the options page to see what is wrong with ${toolName}. Its profiles keep their last status.`,
    priority: 1,
  });
}
