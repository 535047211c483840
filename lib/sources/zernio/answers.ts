import type { PlatformId } from '../../domain/platform-id';
import { cleanDetail } from '../../platforms/answer-detail';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import { platformOfService } from '../service-platform';
import type { ChannelReport } from '../types';

/** Zernio `platform` values that are platforms we track; the others (reddit, bluesky…) are "not tracked". */
const SPELLINGS: Readonly<Record<string, PlatformId>> = { googlebusiness: 'google-business' };

/**
 * Zernio's explicit words only. `needsReconnect: true` or `tokenValid: false` is a broken connection. A
 * `warning` (a token expiring soon, a missing optional permission) with a valid token is still connected: not
 * red. An `error` that does not say the token is bad or a reconnect is needed (a required permission missing,
 * say) is neither: `unknown`, so dates and live checks decide. Nothing explicit at all: `unknown`.
 */
function accountState(entry: Record<string, unknown>): ChannelReport['state'] {
  if (entry.needsReconnect === true || entry.tokenValid === false) return 'disconnected';
  const status = textField(entry, 'status')?.toLowerCase();
  if (status === 'error') return 'unknown';
  if (entry.tokenValid === true) return 'connected';
  if (status === 'healthy' && entry.needsReconnect === false) return 'connected';
  return 'unknown';
}

/** The token's exact expiry, when Zernio gives a readable date (it drives the countdown). */
function expiry(entry: Record<string, unknown>): string | undefined {
  const raw = textField(entry, 'tokenExpiresAt');
  const at = raw === undefined ? Number.NaN : Date.parse(raw);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/**
 * Zernio's own words (`issues[]`, strings) about an account that is not healthy: quoted beside the status,
 * one line, token-like runs removed, at most 200 characters. A healthy account's remarks are not shown.
 */
function issuesSaid(entry: Record<string, unknown>, state: ChannelReport['state']): string | undefined {
  const status = textField(entry, 'status')?.toLowerCase();
  if (state !== 'disconnected' && (status === undefined || status === 'healthy')) return undefined;
  if (!Array.isArray(entry.issues)) return undefined;
  const words = entry.issues.filter((i): i is string => typeof i === 'string' && i.trim() !== '');
  const said = cleanDetail(words.join('; ')).slice(0, 200);
  return said || undefined;
}

/**
 * The accounts of `GET /v1/accounts/health` (`{ summary, accounts: [...] }`). Unknown fields are ignored;
 * an account without an id makes the whole answer unreadable (skipping it would make it look removed).
 * `undefined` when there is no `accounts` list.
 */
export function readHealth(body: unknown): ChannelReport[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.accounts)) return undefined;
  const channels: ChannelReport[] = [];
  for (const entry of body.accounts) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'accountId') ?? idField(entry, '_id');
    if (!id) return undefined;
    const service = textField(entry, 'platform')?.toLowerCase() ?? 'unknown';
    const handle = normaliseHandle(textField(entry, 'username'));
    const expiresAt = expiry(entry);
    const state = accountState(entry);
    const said = issuesSaid(entry, state);
    channels.push({
      externalId: id,
      service,
      platform: platformOfService(service, SPELLINGS),
      name: displayName(textField(entry, 'displayName') ?? textField(entry, 'username') ?? id),
      ...(handle ? { handle } : {}),
      state,
      ...(expiresAt ? { expiresAt } : {}),
      ...(said ? { said } : {}),
    });
  }
  return channels;
}
