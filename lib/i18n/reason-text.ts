import { type ReasonPart, reasonMessageKey } from '@/lib/domain/reason-catalogue';
import type { Reason } from '@/lib/domain/reasons';
import type { Translate } from './message-key';

/** A reason in the reader's language: short title, what happened, what to do. */
export interface ReasonText {
  title: string;
  explanation: string;
  remedy: string;
}

/**
 * The copy of a reason through the message catalogue. `tool` (a publishing tool's name) fills the `$TOOL$`
 * of the tools' own reasons; without one they say "the publishing tool" in the reader's language.
 * Pages pass their `t`, the background passes `browser.i18n.getMessage`.
 */
export function reasonText(t: Translate, reason: Reason, tool?: string): ReasonText {
  const name = tool ?? t('reason_toolFallback');
  const part = (p: ReasonPart) => {
    const text = t(reasonMessageKey(reason, p), [name]);
    // The fallback name may open the sentence ("the publishing tool reports…").
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
  return { title: part('title'), explanation: part('explanation'), remedy: part('remedy') };
}
