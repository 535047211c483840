import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceTool, SyncContext, SyncResult } from '../types';
import { readHealth } from './answers';
import { healthRequest } from './requests';

/**
 * One request: the health of every connected account. Zernio's errors are JSON `{ code, error }` on any
 * 4xx/5xx (its API reference), so its own words go into the detail.
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const sent = await session.send(healthRequest(ctx.key));
  if (!sent.ok) return sent.failure;
  const body = readJson(sent.response);
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return byStatus;
  const channels = readHealth(body);
  if (!channels)
    return session.unreadable(sent.response, 'Zernio’s answer was not the expected account health list');
  return session.done(channels);
}

export const zernio: SourceTool = {
  ...SOURCE_METADATA.zernio,
  // Zernio keeps a broken account listed (`needsReconnect: true`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: () => 'https://zernio.com/dashboard',
  // The health list is the first request of the sync: it proves the key.
  validate: sync,
  sync,
};
