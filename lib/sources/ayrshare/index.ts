import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, isRecord, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceTool, SyncContext, SyncResult } from '../types';
import { readUser } from './answers';
import { userRequest } from './requests';

/** One request: the user's profile details list every linked network. */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  // Ayrshare's `x-ratelimit-reset` counts milliseconds (docs/publishing-tools.md, Ayrshare).
  const session = new SyncSession(ctx, 'milliseconds');
  const sent = await session.send(userRequest(ctx.key));
  if (!sent.ok) return sent.failure;
  const { response } = sent;
  const body = readJson(response);
  const byStatus = session.statusProblem(response, bodyMessage(body));
  if (byStatus) return byStatus;
  if (isRecord(body) && body.status === 'error') {
    return session.unreadable(
      response,
      `Ayrshare answered with an error: ${bodyMessage(body) ?? 'no message'}`,
    );
  }
  const channels = readUser(body, ctx.now);
  if (!channels)
    return session.unreadable(response, 'Ayrshare’s answer was not the expected profile details');
  return session.done(channels);
}

export const ayrshare: SourceTool = {
  ...SOURCE_METADATA.ayrshare,
  // Ayrshare unlinks a connection that is no longer valid (docs/publishing-tools.md, Ayrshare): a vanished
  // network broke or was removed, and either way the person must link it again.
  vanished: 'unlinked',
  reconnectUrl: () => 'https://app.ayrshare.com/',
  validate: sync,
  sync,
};
