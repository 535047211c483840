import type { PlatformId } from '../../domain/platform-id';
import type { ProfileKind } from '../../domain/profile';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, readJson, textField } from '../json';
import { platformOfService } from '../service-platform';
import type { SyncFailure, SyncSession } from '../session';
import type { ChannelReport, SourceResponse } from '../types';

/** Buffer `service` values that are platforms we track; the others are kept as "not tracked". */
const SPELLINGS: Readonly<Record<string, PlatformId>> = { googlebusiness: 'google-business' };

/** Buffer's channel `type`; `group` (Facebook groups) and unknown types leave the kind unsaid. */
const KINDS: Record<string, ProfileKind> = {
  page: 'page',
  profile: 'user',
  account: 'user',
  business: 'business',
  channel: 'channel',
};

export interface Organization {
  id: string;
  name: string;
}

/**
 * GraphQL error codes (docs/publishing-tools.md, Buffer: the docs disagree, so all of them): a refused key,
 * a forbidden or missing organization, Buffer's own failure, the rate limit.
 */
function errorFailure(session: SyncSession, response: SourceResponse, errors: unknown[]): SyncFailure {
  const first = errors.find(isRecord) ?? {};
  const extensions = isRecord(first.extensions) ? first.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : '';
  const message = textField(first, 'message');
  const said = `${code || 'GraphQL error'}${message ? `: ${message}` : ''}`;
  const extra = { httpStatus: response.status };
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'UNAUTHORIZED':
      return session.fail('key-refused', `Buffer refused the key (${said})`, extra);
    case 'FORBIDDEN':
      return session.fail('forbidden', `Buffer forbids this (${said})`, extra);
    case 'NOT_FOUND':
      return session.fail('not-found', `Buffer did not find it (${said})`, extra);
    case 'RATE_LIMIT_EXCEEDED': {
      const seconds = typeof extensions.retryAfter === 'number' ? extensions.retryAfter : undefined;
      const failure = session.statusProblem({ ...response, status: 429 }, said, seconds);
      return failure ?? session.fail('rate-limited', said, extra);
    }
    case 'UNEXPECTED':
    case 'INTERNAL_SERVER_ERROR':
      return session.fail('server-error', `Buffer failed (${said})`, extra);
    default:
      return session.unreadable(response, `Buffer answered with an error we do not know (${said})`);
  }
}

/**
 * The `data` of a GraphQL answer, or the failure it proves. An `errors[]` wins over any partial `data`
 * (a partial channel list would make channels look removed). HTTP 5xx and 429 are never read as a verdict.
 */
export function graphqlData(
  session: SyncSession,
  response: SourceResponse,
): { ok: true; data: Record<string, unknown> } | { ok: false; failure: SyncFailure } {
  const body = readJson(response);
  const errors =
    isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0 ? body.errors : undefined;
  if (response.status === 429 || response.status >= 500) {
    const first = errors?.find(isRecord);
    const extensions = first && isRecord(first.extensions) ? first.extensions : {};
    const seconds = typeof extensions.retryAfter === 'number' ? extensions.retryAfter : undefined;
    const message = first ? textField(first, 'message') : undefined;
    const failure = session.statusProblem(response, message, seconds);
    if (failure) return { ok: false, failure };
  }
  if (errors) return { ok: false, failure: errorFailure(session, response, errors) };
  const byStatus = session.statusProblem(response);
  if (byStatus) return { ok: false, failure: byStatus };
  if (!isRecord(body) || !isRecord(body.data)) {
    return { ok: false, failure: session.unreadable(response, 'Buffer’s answer was not the expected JSON') };
  }
  return { ok: true, data: body.data };
}

export function readOrganizations(data: Record<string, unknown>): Organization[] | undefined {
  const account = data.account;
  if (!isRecord(account) || !Array.isArray(account.organizations)) return undefined;
  const organizations: Organization[] = [];
  for (const entry of account.organizations) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    organizations.push({ id, name: displayName(textField(entry, 'name') ?? id) });
  }
  return organizations;
}

/** `isDisconnected` is Buffer's health answer; anything but a boolean says nothing. */
function channelState(entry: Record<string, unknown>): ChannelReport['state'] {
  if (entry.isDisconnected === true) return 'disconnected';
  if (entry.isDisconnected === false) return 'connected';
  return 'unknown';
}

/**
 * `isLocked` (a plan downgrade) and `isQueuePaused` ("scheduled posts won't be published", Buffer's Channel
 * type): Buffer will not post, for a reason that is not the connection. Notices beside the state.
 */
function channelNotices(entry: Record<string, unknown>): NonNullable<ChannelReport['notices']> {
  const notices: NonNullable<ChannelReport['notices']> = [];
  if (entry.isLocked === true) notices.push('locked');
  if (entry.isQueuePaused === true) notices.push('paused');
  return notices;
}

/**
 * The channels of one organization. A channel without an id makes the whole list unreadable: skipping it
 * would make it look removed from Buffer.
 */
export function readChannels(
  data: Record<string, unknown>,
  organization: Organization,
): ChannelReport[] | undefined {
  if (!Array.isArray(data.channels)) return undefined;
  const channels: ChannelReport[] = [];
  for (const entry of data.channels) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'service') ?? 'unknown';
    const handle = normaliseHandle(textField(entry, 'name'));
    const type = textField(entry, 'type');
    const kind = type ? KINDS[type.toLowerCase()] : undefined;
    channels.push({
      externalId: id,
      service,
      platform: platformOfService(service, SPELLINGS),
      name: displayName(textField(entry, 'displayName') ?? textField(entry, 'name') ?? id),
      ...(handle ? { handle } : {}),
      ...(kind ? { kind } : {}),
      state: channelState(entry),
      ...(channelNotices(entry).length ? { notices: channelNotices(entry) } : {}),
      organization,
    });
  }
  return channels;
}
