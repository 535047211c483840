import { SOURCE_METADATA } from '../../domain/source-metadata';
import { instanceBase } from '../base-url';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceTool, SyncContext, SyncResult } from '../types';
import { readIntegrations } from './answers';
import { integrationsRequest, POSTIZ_CLOUD } from './requests';

/** The API base: Postiz's cloud, or the backend address of a self-hosted instance (its `/api` path kept). */
function postizBase(baseUrl: string | undefined): string | undefined {
  return baseUrl?.trim() ? instanceBase(baseUrl) : POSTIZ_CLOUD;
}

/** One request: the integrations list. List-only (see `readIntegrations`). */
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
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return byStatus;
  const channels = readIntegrations(body);
  if (!channels)
    return session.unreadable(sent.response, 'Postiz’s answer was not the expected list of channels');
  return session.done(channels);
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
};
