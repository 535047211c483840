import type { PlatformId } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';
import type { MessageKey } from '../i18n';

/** Why a platform's tokens are not checked, one translated sentence each (docs/platforms.md says why). */
const NO_CHECK_SENTENCES: Partial<Record<PlatformId, MessageKey>> = {
  x: 'a2TokenNoCheckX',
  tiktok: 'a2TokenNoCheckTiktok',
  youtube: 'a2TokenNoCheckGoogle',
  'google-business': 'a2TokenNoCheckGoogle',
};

/** The sentence saying why a platform has no live check, or `undefined` when it has one. */
export function noCheckSentence(id: PlatformId): MessageKey | undefined {
  if (platform(id).liveCheck) return undefined;
  const key = NO_CHECK_SENTENCES[id];
  if (!key) throw new Error(`${id} has no live check and no sentence saying why`);
  return key;
}
