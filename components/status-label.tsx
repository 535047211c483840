import type { Status } from '@/lib/domain/token-status';
import { type MessageKey, useI18n } from './i18n';
import { Icon } from './icon';

export const STATUS_LABEL_KEYS = {
  ok: 'statusOk',
  expiring: 'statusExpiring',
  expired: 'statusExpired',
  disconnected: 'statusDisconnected',
  unknown: 'statusUnknown',
} as const satisfies Record<Status, MessageKey>;

/** A status as an icon and words, never as colour alone. */
export function StatusLabel({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span class={`status status--${status}`}>
      <Icon name={status} />
      <span>{t(STATUS_LABEL_KEYS[status])}</span>
    </span>
  );
}
