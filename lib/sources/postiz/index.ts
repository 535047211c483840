import { SOURCE_METADATA } from '../../domain/source-metadata';
import { instanceBase } from '../base-url';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceTool, SyncContext, SyncResult } from '../types';
import { readIntegrations } from './answers';
import { NOTICE_PAGES_MAX, readNoticePage, withRefreshFailures } from './notifications';
import { posts } from './posts';
import { postizBase, refusalProblem } from './refusal';
import { integrationsRequest, notificationsRequest } from './requests';

/**
 * The refresh failures Postiz noted (provider → newest date), read from its notices at most
 * `NOTICE_PAGES_MAX` pages deep. A hint, never part of the list: any failure here (refused, rate-limited,
 * down, unreadable) gives what was read so far, or nothing, and the sync goes on, because the channel list is
 * already complete and a notice changes no status. The requests still count.
 */
async function refreshFailures(
  session: SyncSession,
  key: string,
  base: string,
): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  for (let page = 0; page < NOTICE_PAGES_MAX; page += 1) {
    const sent = await session.send(notificationsRequest(key, base, page));
    if (!sent.ok || sent.response.status < 200 || sent.response.status > 299) break;
    const read = readNoticePage(readJson(sent.response), session.now);
    if (!read) break;
    for (const [provider, at] of read.failures) {
      const known = failures.get(provider);
      if (!known || known < at) failures.set(provider, at);
    }
    if (!read.more) break;
  }
  return failures;
}

/**
 * The integrations list (list-only, see `readIntegrations`), then Postiz's notices, for the channels of a
 * provider it could not refresh (see `refreshFailures`).
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const base = postizBase(ctx.baseUrl);
  if (!base)
    return session.fail(
      'bad-address',
      'The Postiz address must be an https address, like https://postiz.example.com/api',
    );
  const sent = await session.send(integrationsRequest(ctx.key, base));
  if (!sent.ok) return sent.failure;
  const body = readJson(sent.response);
  const refusal = refusalProblem(session, sent.response, body);
  if (refusal) return refusal;
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return byStatus;
  const channels = readIntegrations(body);
  if (!channels)
    return session.unreadable(sent.response, 'Postiz’s answer was not the expected list of channels');
  if (channels.length === 0) return session.done(channels);
  return session.done(withRefreshFailures(channels, await refreshFailures(session, ctx.key, base)));
}

export const postiz: SourceTool = {
  ...SOURCE_METADATA.postiz,
  // A list only: a channel that vanished was removed from Postiz (its broken ones stay listed).
  vanished: 'gone',
  reconnectUrl: (baseUrl) => {
    const base = baseUrl?.trim() ? instanceBase(baseUrl) : undefined;
    return base ? `${new URL(base).origin}/launches` : 'https://platform.postiz.com/launches';
  },
  validate: sync,
  sync,
  posts,
};
