import type { WorkProgress } from '@/lib/messaging/progress';
import { type I18n, type MessageKey, plural } from '../i18n';

/** The sentence for each kind of work in each phase: done and total go in as $1 and $2. */
const SENTENCE = {
  check: {
    running: 'progress_checkRunning',
    stopping: 'progress_checkStopping',
    stopped: 'progress_checkStopped',
    done: 'progress_checkDone',
  },
  sync: {
    running: 'progress_syncRunning',
    stopping: 'progress_syncStopping',
    stopped: 'progress_syncStopped',
    done: 'progress_syncDone',
  },
  import: {
    running: 'progress_importRunning',
    stopping: 'progress_importStopping',
    stopped: 'progress_importStopped',
    done: 'progress_importDone',
  },
} as const satisfies Record<WorkProgress['kind'], Record<WorkProgress['phase'], MessageKey>>;

/** The bar's name for assistive technology, and its Stop button. */
export const PROGRESS_LABEL = {
  check: 'progress_checkLabel',
  sync: 'progress_syncLabel',
  import: 'progress_importLabel',
} as const satisfies Record<WorkProgress['kind'], MessageKey>;
export const STOP_LABEL = {
  check: 'progress_stopCheck',
  sync: 'progress_stopSync',
  import: 'progress_stopImport',
} as const satisfies Record<WorkProgress['kind'], MessageKey>;

/** Where the work stands, in words: "Checking 240 of 1,000 · 3 need reconnecting so far". */
export function progressText(i18n: I18n, work: WorkProgress): string {
  const number = new Intl.NumberFormat(i18n.locale);
  const main = i18n.t(SENTENCE[work.kind][work.phase], [number.format(work.done), number.format(work.total)]);
  if (work.kind !== 'check' || work.broken === 0) return main;
  const over = work.phase === 'done' || work.phase === 'stopped';
  const broken = over
    ? plural(i18n, work.broken, 'progress_brokenOne', 'progress_brokenOther')
    : plural(i18n, work.broken, 'progress_brokenSoFarOne', 'progress_brokenSoFarOther');
  return `${main} · ${broken}`;
}
