import type { PlatformId } from '../../domain/platform-id';
import type { ProfileKind } from '../../domain/profile';
import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import type { ChannelReport } from '../types';

/**
 * Hootsuite's social profile `type`s (its REST API reference, `SocialProfile.type`) that are platforms we
 * track, with the kind of account each is; `WHATSAPP` and types newer than this list are "not tracked".
 */
const TYPES: Record<string, { platform: PlatformId; kind?: ProfileKind }> = {
  FACEBOOK: { platform: 'facebook', kind: 'user' },
  FACEBOOKPAGE: { platform: 'facebook', kind: 'page' },
  INSTAGRAM: { platform: 'instagram' },
  INSTAGRAMBUSINESS: { platform: 'instagram', kind: 'business' },
  LINKEDIN: { platform: 'linkedin', kind: 'user' },
  LINKEDINCOMPANY: { platform: 'linkedin', kind: 'organization' },
  PINTEREST: { platform: 'pinterest' },
  THREADS: { platform: 'threads' },
  TIKTOKBUSINESS: { platform: 'tiktok', kind: 'business' },
  TWITTER: { platform: 'x' },
  YOUTUBECHANNEL: { platform: 'youtube', kind: 'channel' },
};

/**
 * `isReauthRequired`: 1 "this social profile is disconnected and needs to be reconnected", 0 connected. The
 * reference types it as an integer; a boolean is read the same way. Anything else says nothing: `unknown`.
 */
function stateOf(value: unknown): ChannelReport['state'] {
  if (value === 1 || value === true) return 'disconnected';
  if (value === 0 || value === false) return 'connected';
  return 'unknown';
}

/**
 * The profiles of `GET /v1/socialProfiles` (`{"data": [...]}`). `undefined` when the answer is not that
 * list, a profile has no id or type, or the answer also carries `errors` (Hootsuite's partial success: a
 * partial list would make the missing profiles look removed).
 */
export function readSocialProfiles(body: unknown): ChannelReport[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.data)) return undefined;
  if (Array.isArray(body.errors) && body.errors.length > 0) return undefined;
  const channels: ChannelReport[] = [];
  const seen = new Set<string>();
  for (const entry of body.data) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    const type = textField(entry, 'type')?.toUpperCase();
    if (!id || !type) return undefined;
    if (seen.has(id)) continue;
    seen.add(id);
    const known = TYPES[type];
    // The username is null for TWITTER profiles (the reference says so): the network's id names them then.
    const username = textField(entry, 'socialNetworkUsername');
    const handle = normaliseHandle(username);
    channels.push({
      externalId: id,
      service: type.toLowerCase(),
      platform: known?.platform ?? null,
      name: displayName(username ?? idField(entry, 'socialNetworkId') ?? id),
      ...(handle ? { handle } : {}),
      ...(known?.kind ? { kind: known.kind } : {}),
      state: stateOf(entry.isReauthRequired),
    });
  }
  return channels;
}
