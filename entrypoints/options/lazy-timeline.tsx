import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { StateSnapshot } from '@/lib/messaging/views';
import type { TimelineSection as Section } from './timeline-section';

/**
 * "Coming up" is loaded after the page's first render: it sits below the profile table, and its code
 * (layout maths, the chart, the calendar writer) would otherwise delay the table on every opening.
 */
export function LazyTimelineSection({ snapshot }: { snapshot: StateSnapshot }) {
  const { t } = useI18n();
  const [TimelineSection, setSection] = useState<typeof Section>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    import('./timeline-section')
      .then((module) => setSection(() => module.TimelineSection))
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);
  if (failed) return <p class="notice notice--error">{t('loadFailed', failed)}</p>;
  if (!TimelineSection) return <p aria-busy="true">{t('loading')}</p>;
  return <TimelineSection snapshot={snapshot} />;
}
