import { instanceBase } from '../base-url';
import { bodyMessage } from '../json';
import type { SyncSession } from '../session';
import type { SourceResponse } from '../types';
import { POSTIZ_CLOUD } from './requests';

/** The API base: Postiz's cloud, or the backend address of a self-hosted instance (its `/api` path kept). */
export function postizBase(baseUrl: string | undefined): string | undefined {
  return baseUrl?.trim() ? instanceBase(baseUrl) : POSTIZ_CLOUD;
}

/**
 * Postiz answers 401 for three different things (its public API's auth middleware): a bad key (`Invalid API
 * key`, `No API Key found`), a good key of an organization without an active plan (`No subscription found`),
 * and, with an empty body, any exception while it looks the key up (its own outage). Only the first is "replace
 * the key"; the empty one is retried like a server error.
 */
export function refusalProblem(session: SyncSession, response: SourceResponse, body: unknown) {
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
