import type { TimelineLayout, TimelineMark, TimelineProfile } from '@/lib/domain/timeline';
import { civilAsUtc } from '@/lib/domain/zoned-time';
import { useI18n } from '../../i18n';
import { PlatformMark } from '../../platform-mark';
import { StatusLabel } from '../../status-label';

type Entry = TimelineMark | TimelineProfile;

const statusOf = (e: Entry) => ('verdict' in e ? e.verdict.status : e.status);
const snoozedOf = (e: Entry) => ('verdict' in e ? e.verdict.snoozed : e.snoozed);

function Group({
  id,
  title,
  hint,
  entries,
  when,
}: {
  id: string;
  title: string;
  hint?: string;
  entries: readonly Entry[];
  when?: (e: Entry) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <section class="tl-group" aria-labelledby={`tl-group-${id}`}>
      <h3 id={`tl-group-${id}`}>{title}</h3>
      {hint ? <p class="field__hint">{hint}</p> : null}
      <ul>
        {entries.map((e) => {
          const ends = when?.(e);
          return (
            <li key={e.id} data-profile-id={e.id}>
              <a class="tl-entry" href={`#profile=${encodeURIComponent(e.id)}`}>
                <PlatformMark id={e.platform} withName={false} />
                <span class="tl-entry__name">{e.name}</span>
              </a>
              <StatusLabel status={statusOf(e)} />
              {ends ? <span class="tl-entry__when">{t('timeline_endsOn', ends)}</span> : null}
              {snoozedOf(e) ? <span class="tl-entry__snoozed">{t('timeline_snoozed')}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The timeline as a list grouped by week: what screen readers and keyboards use. Links open the profile. */
export function TimelineList({ layout }: { layout: TimelineLayout }) {
  const { t, locale } = useI18n();
  const weekOf = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dayTime = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  const when = (e: Entry) => ('expiresAt' in e && e.expiresAt ? dayTime.format(e.expiresAt) : undefined);
  return (
    <div class="tl-list">
      {layout.broken.length ? (
        <Group id="broken" title={t('timeline_brokenGroup')} entries={layout.broken} />
      ) : null}
      {layout.weeks.map((w) => (
        <Group
          key={w.key}
          id={`week-${w.key}`}
          title={t('timeline_weekOf', weekOf.format(civilAsUtc(w.monday)))}
          entries={w.marks}
          when={when}
        />
      ))}
      {layout.later.length ? (
        <Group id="later" title={t('timeline_later')} entries={layout.later} when={when} />
      ) : null}
      {layout.noEndDate.length ? (
        <Group
          id="no-end"
          title={t('timeline_noEndDate')}
          hint={t('timeline_noEndDateHint')}
          entries={layout.noEndDate}
        />
      ) : null}
      {layout.unknownDate.length ? (
        <Group id="unknown" title={t('timeline_unknownDate')} entries={layout.unknownDate} />
      ) : null}
    </div>
  );
}
