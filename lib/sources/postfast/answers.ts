import type { PlatformId } from '../../domain/platform-id';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import { platformOfService } from '../service-platform';
import type { ChannelReport } from '../types';

/** PostFast `platform` values (upper case) that are platforms we track; BLUESKY, TELEGRAM are "not tracked". */
const SPELLINGS: Readonly<Record<string, PlatformId>> = { google_business_profile: 'google-business' };

/**
 * `connectionStatus`, PostFast's health answer. `CONNECTED`: publishing works. `DISABLED`: "publishing is
 * paused until the account is reconnected" (its docs), so a broken connection, whatever `disabledReason` says
 * (`TOKEN_REVOKED`, `ACCOUNT_SUSPENDED`, the reserved `PERMISSION_REVOKED`), except `MANUAL` (reserved: a
 * person paused it), which is a notice, not a broken connection. Anything else says nothing.
 */
function accountState(entry: Record<string, unknown>): Pick<ChannelReport, 'state' | 'notices'> {
  const status = textField(entry, 'connectionStatus')?.toUpperCase();
  if (status === 'CONNECTED') return { state: 'connected' };
  if (status !== 'DISABLED') return { state: 'unknown' };
  if (textField(entry, 'disabledReason')?.toUpperCase() === 'MANUAL')
    return { state: 'unknown', notices: ['disabled'] };
  return { state: 'disconnected' };
}

/**
 * The array of `GET /social-media/my-social-accounts`: `{ id, platform, platformUsername, displayName,
 * connectionStatus, disabledReason }`. An account without an id makes the whole list unreadable (skipping it
 * would make it look removed). `undefined` when the answer is not an array of objects.
 */
export function readAccounts(body: unknown): ChannelReport[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const channels: ChannelReport[] = [];
  for (const entry of body) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'platform')?.toUpperCase() ?? 'UNKNOWN';
    const handle = normaliseHandle(textField(entry, 'platformUsername'));
    channels.push({
      externalId: id,
      service,
      platform: platformOfService(service, SPELLINGS),
      name: displayName(textField(entry, 'displayName') ?? textField(entry, 'platformUsername') ?? id),
      ...(handle ? { handle } : {}),
      ...accountState(entry),
    });
  }
  return channels;
}
