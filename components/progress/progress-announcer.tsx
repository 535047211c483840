import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkProgress as Work } from '@/lib/messaging/progress';
import { useI18n } from '../i18n';
import { progressText } from './progress-text';

/**
 * How often a screen reader hears the counts while work runs: every answer would be a sentence a second.
 * A start, a stop and an end are said at once.
 */
export const ANNOUNCE_MS = 10_000;

/**
 * The polite live region for long work. Always in the page, empty until there is something to say: a
 * region inserted together with its words is not announced by every screen reader. It says each piece of
 * work's words when a phase changes (started, stopping, ended), and the counts at most every `ANNOUNCE_MS`.
 */
export function ProgressAnnouncer({ work }: { work: readonly Work[] }) {
  const i18n = useI18n();
  const text = work.map((w) => progressText(i18n, w)).join('. ');
  const phases = work.map((w) => `${w.kind}:${w.phase}:${w.startedAt}`).join(' ');
  const [said, setSaid] = useState('');
  const last = useRef({ at: Number.NEGATIVE_INFINITY, phases: '' });
  useEffect(() => {
    const say = () => {
      last.current = { at: Date.now(), phases };
      setSaid(text);
    };
    const wait = last.current.at + ANNOUNCE_MS - Date.now();
    if (phases !== last.current.phases || wait <= 0) {
      say();
      return;
    }
    const timer = setTimeout(say, wait);
    return () => clearTimeout(timer);
  }, [text, phases]);
  return (
    <p class="sr-only" aria-live="polite">
      {said}
    </p>
  );
}
