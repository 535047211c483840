import type { TimelineLayout } from '@/lib/domain/timeline';
import type { Status } from '@/lib/domain/token-status';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import { useI18n } from '../../i18n';
import { InlineShape } from './status-shape';
import { TimelineChart } from './timeline-chart';
import { TimelineList } from './timeline-list';

export interface TimelineViewProps {
  layout: TimelineLayout;
  warnDays: number;
  onOpen(id: string): void;
  onDownloadCalendar(): void;
  calendarBusy?: boolean;
  /** What the last "Add reminders" did. */
  calendarResult?: { ok: boolean; message: string };
}

const LEGEND: Status[] = ['ok', 'expiring', 'expired', 'disconnected'];

/** "Coming up": the chart, its key, the list by week, and the calendar file. */
export function TimelineView(props: TimelineViewProps) {
  const { t } = useI18n();
  const { layout } = props;
  const days = String(layout.days.length);
  return (
    <div class="timeline">
      <p>{t('timeline_intro', days)}</p>
      <ul class="tl-legend" aria-label={t('timeline_legendLabel')}>
        {LEGEND.map((s) => (
          <li key={s}>
            <InlineShape status={s} />
            {t(STATUS_LABEL_KEYS[s])}
          </li>
        ))}
        <li>
          <span class="tl-legend__warning" aria-hidden="true" />
          {t('timeline_warningWindow')}
        </li>
      </ul>
      <div class="tl-chart-frame">
        <TimelineChart layout={layout} onOpen={props.onOpen} />
      </div>
      {layout.weeks.length === 0 && layout.broken.length === 0 ? (
        <p class="notice">{t('timeline_empty', days)}</p>
      ) : null}
      <TimelineList layout={layout} />
      <div class="actions tl-calendar">
        <button
          type="button"
          class="button"
          aria-describedby="tl-calendar-hint"
          disabled={props.calendarBusy}
          onClick={props.onDownloadCalendar}
        >
          {t('timeline_icsButton')}
        </button>
        {props.calendarResult ? (
          <p
            class={`notice ${props.calendarResult.ok ? 'notice--ok' : 'notice--error'}`}
            role={props.calendarResult.ok ? 'status' : 'alert'}
          >
            {props.calendarResult.message}
          </p>
        ) : null}
      </div>
      <p id="tl-calendar-hint" class="field__hint">
        {t('timeline_icsHint', String(props.warnDays))}
      </p>
    </div>
  );
}
