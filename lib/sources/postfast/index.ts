import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { responseHeader } from '../rate-limit';
import { SyncSession } from '../session';
import type { SourceResponse, SourceTool, SyncContext, SyncResult } from '../types';
import { readAccounts } from './answers';
import { accountsRequest } from './requests';

/**
 * PostFast names its waits per throttler (`Retry-After-short`, `Retry-After-long`…, seconds): the longest of
 * them, since the most restrictive limit applies. `undefined` when there is none.
 */
function throttlerWaitSeconds(response: SourceResponse): number | undefined {
  const waits = Object.keys(response.headers)
    .filter((name) => /^retry-after-[a-z]+$/i.test(name))
    .map((name) => Number(responseHeader(response, name)))
    .filter((n) => Number.isFinite(n) && n >= 0);
  return waits.length ? Math.max(...waits) : undefined;
}

/**
 * One request: the workspace's accounts. A wrong key is a 403 from PostFast (its key guard); the key is the
 * only thing the request carries, so that 403 is a refused key, never "forbidden".
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const sent = await session.send(accountsRequest(ctx.key));
  if (!sent.ok) return sent.failure;
  const { response } = sent;
  const body = readJson(response);
  const message = bodyMessage(body);
  if (response.status === 403)
    return session.fail('key-refused', `HTTP 403, the key was refused${message ? `: ${message}` : ''}`, {
      httpStatus: 403,
    });
  const byStatus = session.statusProblem(response, message, throttlerWaitSeconds(response));
  if (byStatus) return byStatus;
  const channels = readAccounts(body);
  if (!channels)
    return session.unreadable(response, 'PostFast’s answer was not the expected list of accounts');
  return session.done(channels);
}

export const postfast: SourceTool = {
  ...SOURCE_METADATA.postfast,
  // PostFast keeps a disabled account listed (`connectionStatus: DISABLED`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: () => 'https://app.postfa.st/',
  validate: sync,
  sync,
};
