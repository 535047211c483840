import type { WorkProgress as Work } from '@/lib/messaging/progress';
import { useI18n } from '../i18n';
import { PROGRESS_LABEL, progressText, STOP_LABEL } from './progress-text';

export interface WorkProgressProps {
  work: Work;
  onStop(kind: Work['kind']): void;
}

/**
 * A piece of long work as a bar with its counts in words (the words carry everything: the bar's colour and
 * length only repeat them) and a Stop button while it runs. Screen readers hear it through the page's
 * `ProgressAnnouncer`.
 */
export function WorkProgress({ work, onStop }: WorkProgressProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = progressText(i18n, work);
  const active = work.phase === 'running' || work.phase === 'stopping';
  const percent = work.total ? Math.round((work.done / work.total) * 100) : 0;
  return (
    <div class={`work-progress work-progress--${work.phase}`} data-kind={work.kind}>
      <p class="work-progress__text">{text}</p>
      {active ? (
        <div class="work-progress__bar-row">
          <div
            class="work-progress__track"
            role="progressbar"
            aria-label={t(PROGRESS_LABEL[work.kind])}
            aria-valuemin={0}
            aria-valuemax={work.total}
            aria-valuenow={work.done}
            aria-valuetext={text}
          >
            <div class="work-progress__fill" style={{ width: `${percent}%` }} />
          </div>
          <button
            type="button"
            class="button"
            disabled={work.phase === 'stopping'}
            onClick={() => onStop(work.kind)}
          >
            {t(STOP_LABEL[work.kind])}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * How long ended work stays in view: a finished one says its result for a minute; a stopped one says where it
 * stopped for ten (what was not checked is not checked until the next pass).
 */
export const DONE_SHOWN_MS = 60_000;
export const STOPPED_SHOWN_MS = 10 * 60_000;

/** The work worth showing now: running, or ended lately; only `kinds` when given. */
export function shownWork(work: readonly Work[], now: number, kinds?: readonly Work['kind'][]): Work[] {
  return work.filter((w) => {
    if (kinds && !kinds.includes(w.kind)) return false;
    if (!w.endedAt) return true;
    return now - Date.parse(w.endedAt) < (w.phase === 'stopped' ? STOPPED_SHOWN_MS : DONE_SHOWN_MS);
  });
}
