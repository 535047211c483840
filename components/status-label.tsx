import type { Status } from '@/lib/domain/token-status';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import { useI18n } from './i18n';
import { Icon } from './icon';

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
