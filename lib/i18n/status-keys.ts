import type { Status } from '@/lib/domain/token-status';
import type { MessageKey } from './message-key';

/** Each status's words in the catalogue: pages, the timeline and the background's banner wording use them. */
export const STATUS_LABEL_KEYS = {
  ok: 'statusOk',
  expiring: 'statusExpiring',
  expired: 'statusExpired',
  disconnected: 'statusDisconnected',
  unknown: 'statusUnknown',
} as const satisfies Record<Status, MessageKey>;
