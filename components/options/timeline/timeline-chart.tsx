import { platform } from '@/lib/domain/platform-metadata';
import type { TimelineLayout, TimelineMark } from '@/lib/domain/timeline';
import { civilAsUtc } from '@/lib/domain/zoned-time';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import { useI18n } from '../../i18n';
import { StatusShape } from './status-shape';

const COLUMN = 16;
const TOP = 24;
const LANE = 22;
const BOTTOM = 22;
const MARK = 18;

export interface TimelineChartProps {
  layout: TimelineLayout;
  /** Opens the profile (its editor). */
  onOpen(id: string): void;
}

/**
 * The drawn timeline: a column per day, week starts labelled, today's line, the warning window shaded,
 * and a mark per profile on the day its connection ends. A picture for sighted people (a tooltip and a
 * click per mark); screen readers and keyboards get the same profiles in the list below it.
 */
export function TimelineChart({ layout, onOpen }: TimelineChartProps) {
  const { t, locale } = useI18n();
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // At least two rows, so that a quiet range still reads as a chart.
  const rows = Math.max(2, layout.lanes) + (layout.overflow.length ? 1 : 0);
  const width = layout.days.length * COLUMN;
  const height = TOP + rows * LANE + BOTTOM;
  const bottom = height - BOTTOM;
  const x = (column: number) => column * COLUMN;

  const title = (m: TimelineMark) => {
    const where = platform(m.platform).displayName;
    const status = t(STATUS_LABEL_KEYS[m.status]);
    return m.status === 'expired' || m.status === 'disconnected' || !m.expiresAt
      ? t('timeline_markTitleBroken', [m.name, where, status])
      : t('timeline_markTitle', [m.name, where, status, when.format(m.expiresAt)]);
  };

  return (
    <svg
      class="tl-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('timeline_chartLabel', String(layout.days.length))}
    >
      {layout.days
        .filter((d) => d.weekday >= 5)
        .map((d) => (
          <rect
            key={`weekend-${d.key}`}
            class="tl-weekend"
            x={x(d.index)}
            y={TOP}
            width={COLUMN}
            height={bottom - TOP}
          />
        ))}
      <rect
        class="tl-warning"
        x={x(layout.nowAt)}
        y={TOP}
        width={Math.max(0, x(layout.warningEndsAt) - x(layout.nowAt))}
        height={bottom - TOP}
      />
      {layout.days
        .filter((d) => d.weekday === 0 || d.index === 0)
        .map((d) => (
          <g key={`week-${d.key}`}>
            <line class="tl-grid" x1={x(d.index)} x2={x(d.index)} y1={TOP - 8} y2={bottom} />
            {d.weekday === 0 && d.index + 3 < layout.days.length ? (
              <text class="tl-label" x={x(d.index) + 3} y={TOP - 10}>
                {day.format(civilAsUtc(d.date))}
              </text>
            ) : null}
          </g>
        ))}
      <line class="tl-today" x1={x(layout.nowAt)} x2={x(layout.nowAt)} y1={TOP - 8} y2={bottom + 4} />
      <text class="tl-label tl-label--today" x={x(layout.nowAt) + 3} y={height - 6}>
        {t('timeline_today')}
      </text>
      {layout.marks.map((m) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the list below is the keyboard's way in
        <g
          key={m.id}
          class={`tl-mark tl-mark--${m.status}${m.snoozed ? ' tl-mark--snoozed' : ''}`}
          data-profile-id={m.id}
          data-day={m.day}
          transform={`translate(${x(m.day) + COLUMN / 2} ${TOP + m.lane * LANE + LANE / 2})`}
          onClick={() => onOpen(m.id)}
        >
          <title>{title(m)}</title>
          <StatusShape status={m.status} size={MARK} />
          <text class="tl-mark__platform" y="0.5">
            {platform(m.platform).mark}
          </text>
        </g>
      ))}
      {layout.overflow.map((o) => (
        <text
          key={`more-${o.day}`}
          class="tl-label tl-label--more"
          x={x(o.day) + COLUMN / 2}
          y={TOP + (rows - 1) * LANE + LANE / 2 + 4}
        >
          {t('timeline_more', String(o.count))}
        </text>
      ))}
    </svg>
  );
}
