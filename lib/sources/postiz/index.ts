import { SOURCE_METADATA } from '../../domain/source-metadata';
import { instanceBase } from '../base-url';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceResponse, SourceTool, SyncContext, SyncResult } from '../types';
import { readIntegrations } from './answers';
import { integrationsRequest, POSTIZ_CLOUD } from './requests';

/** The API base: Postiz's cloud, or the backend address of a self-hosted instance (its `/api` path kept). */
function postizBase(baseUrl: string | undefined): string | undefined {
  return baseUrl?.trim() ? instanceBase(baseUrl) : POSTIZ_CLOUD;
}

/**
 * Postiz answers 401 for three different things (its public API's auth middleware): a bad key (`Invalid API
 * key`, `No API Key found`), a good key of an organization without an active plan (`No subscription found`),
 * and, with an empty body, any exception while it looks the key up (its own outage). Only the first is "replace
 * the key"; the empty one is retried like a server error.
 */
function refusalProblem(session: SyncSession, response: SourceResponse, body: unknown) {
  if (response.status !== 401) return undefined;
  const message = bodyMessage(body);
  const extra = { httpStatus: 401 };
  if (message === undefined)
    return session.fail(
      'server-error',
      'HTTP 401 without a reason: an error in Postiz while checking the key',
      extra,
    );
  if (/subscription/i.test(message)) return session.fail('no-subscription', `HTTP 401: ${message}`, extra);
  return undefined;
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
  const refusal = refusalProblem(session, sent.response, body);
  if (refusal) return refusal;
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
