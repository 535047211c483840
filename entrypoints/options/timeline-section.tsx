import { useEffect, useMemo, useState } from 'preact/hooks';
import { plural, useI18n } from '@/components/i18n';
import { TimelineView } from '@/components/options/timeline/timeline-view';
import { reminderEvents } from '@/lib/domain/calendar-reminders';
import { writeCalendar } from '@/lib/domain/ics';
import { layoutTimeline } from '@/lib/domain/timeline';
import { reasonText } from '@/lib/i18n/reason-text';
import type { StateSnapshot } from '@/lib/messaging/views';
import { downloadExport } from '@/lib/ui/download';

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Opens a profile's editor: the profiles section follows `#profile=<id>`. */
export function openProfile(id: string): void {
  const hash = `#profile=${encodeURIComponent(id)}`;
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/** Wiring for "Coming up": the background's verdicts laid out in this browser's time zone, and the .ics. */
export function TimelineSection({ snapshot }: { snapshot: StateSnapshot }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [calendarResult, setCalendarResult] = useState<{ ok: boolean; message: string }>();
  const { settings } = snapshot;
  const layout = useMemo(
    () =>
      layoutTimeline({
        now: new Date(snapshot.now),
        days: settings.timelineDays,
        warnDays: settings.warnDays,
        timeZone: timeZone(),
        // The statuses and dates are the background's (evaluateStatus), not derived again here.
        profiles: snapshot.profiles.map((p) => ({
          id: p.id,
          name: p.name,
          platform: p.platform,
          verdict: {
            status: p.status,
            snoozed: p.snoozed,
            expiresAt:
              p.effectiveExpiresAt === undefined
                ? undefined
                : p.effectiveExpiresAt === null
                  ? null
                  : new Date(p.effectiveExpiresAt),
          },
        })),
      }),
    [snapshot, settings],
  );

  // The weekly digest links to #timeline; the section renders after the first read, so scroll then.
  useEffect(() => {
    if (location.hash === '#timeline') document.getElementById('timeline')?.scrollIntoView();
  }, []);

  const downloadCalendar = () => {
    const now = new Date(snapshot.now);
    const events = reminderEvents(
      snapshot.profiles.map((p) => ({ ...p, expiresAt: p.effectiveExpiresAt })),
      settings.warnDays,
      now,
      {
        title: (name, platformName) => t('timeline_icsTitle', [name, platformName]),
        reason: (reason) => reasonText(t, reason),
        description: (reason, remedy, link) => t('timeline_icsDescription', [reason, remedy, link]),
      },
    );
    if (!events.length) {
      setCalendarResult({ ok: false, message: t('timeline_icsNone') });
      return;
    }
    const text = writeCalendar({
      productId: '-//Reconnect Radar//Reminders//EN',
      name: t('timeline_icsCalendarName'),
      stamp: now,
      events,
    });
    downloadExport({ fileName: 'reconnect-radar-reminders.ics', mimeType: 'text/calendar', text });
    setCalendarResult({
      ok: true,
      message: plural(i18n, events.length, 'timeline_icsDone_one', 'timeline_icsDone_other'),
    });
  };

  return (
    <TimelineView
      layout={layout}
      warnDays={settings.warnDays}
      onOpen={openProfile}
      onDownloadCalendar={downloadCalendar}
      calendarResult={calendarResult}
    />
  );
}
