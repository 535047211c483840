import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { reasonText } from '@/lib/i18n/reason-text';
import type { HistoryEntryView } from '@/lib/messaging/views-history';
import { type MessageKey, useI18n } from '../i18n';
import { Icon, type IconName } from '../icon';

const SHOWN = 12;

const OUTCOME: Record<HistoryEntryView['outcome'], { key: MessageKey; icon: IconName }> = {
  valid: { key: 'history_outcome_valid', icon: 'ok' },
  invalid: { key: 'history_outcome_invalid', icon: 'disconnected' },
  transient: { key: 'history_outcome_transient', icon: 'stale' },
  inconclusive: { key: 'history_outcome_inconclusive', icon: 'unknown' },
};

export interface HistoryStripProps {
  name: string;
  /** Newest first; absent while loading. */
  entries?: readonly HistoryEntryView[];
  error?: string;
}

/** A profile's last checks and tool reports: time, outcome (icon and word) and reason, newest first. */
export function HistoryStrip({ name, entries, error }: HistoryStripProps) {
  const { t, locale } = useI18n();
  const [all, setAll] = useState(false);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  let body: ComponentChildren;
  if (error) body = <p class="notice notice--error">{t('history_failed', error)}</p>;
  else if (!entries) body = <p aria-busy="true">{t('history_loading')}</p>;
  else if (!entries.length) body = <p class="field__hint">{t('history_empty')}</p>;
  else {
    const shown = all ? entries : entries.slice(0, SHOWN);
    body = (
      <>
        <ol class="history-strip" aria-label={t('history_label', name)}>
          {shown.map((e) => {
            const outcome = OUTCOME[e.outcome];
            return (
              <li key={e.at} class={`history-strip__entry history-strip__entry--${e.outcome}`}>
                <Icon name={outcome.icon} />
                <time dateTime={e.at}>{time.format(new Date(e.at))}</time>
                <span class="history-strip__outcome">
                  {e.tool ? t('history_fromTool', [e.tool]) : t(outcome.key)}
                </span>
                {e.reason ? (
                  <span class="history-strip__reason">{reasonText(t, e.reason, e.tool).title}</span>
                ) : e.tool ? (
                  <span class="history-strip__reason">
                    {e.outcome === 'valid'
                      ? t('history_toolConnected', [e.tool])
                      : t('history_toolListed', [e.tool])}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
        {entries.length > SHOWN ? (
          <button type="button" class="button button--quiet" onClick={() => setAll(!all)}>
            {all ? t('history_showFewer') : t('history_showAll', String(entries.length))}
          </button>
        ) : null}
      </>
    );
  }
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('history_title')}</h3>
      {body}
    </section>
  );
}
