import { useEffect, useMemo, useRef } from 'preact/hooks';
import { summaryCounts } from '@/lib/domain/summary-counts';
import { sortByUrgency } from '@/lib/domain/urgency';
import type { WorkProgress as Work } from '@/lib/messaging/progress';
import type { StateSnapshot } from '@/lib/messaging/views';
import { useI18n } from '../i18n';
import { Icon } from '../icon';
import { ProgressAnnouncer } from '../progress/progress-announcer';
import { shownWork, WorkProgress } from '../progress/work-progress';
import { useProgressiveCount } from '../use-progressive-count';
import { FIRST_ROWS } from './first-rows';
import { ProfileRow, type SnoozeDays } from './profile-row';
import { summaryText } from './summary';

export interface PopupViewProps {
  snapshot?: StateSnapshot;
  /** Why the state could not be loaded. */
  loadError?: string;
  /** After `loadError`: the page tries again by itself shortly. */
  loadRetrying?: boolean;
  /** Why the last action failed. */
  actionError?: string;
  /** Ids of profiles being checked; `'*'` while "Check all" runs. */
  checking: ReadonlySet<string>;
  /** A profile to scroll to and focus (from `#profile=<id>`). */
  focusId?: string;
  onCheckAll(): void;
  onCheck(id: string): void;
  onSnooze(id: string, days: SnoozeDays): void;
  onUnsnooze(id: string): void;
  onMarkReconnected(id: string): void;
  /** Opens the options page, at one of its sections when given (the empty popup's three ways in). */
  onOpenOptions(section?: 'sources' | 'data'): void;
  onRetry(): void;
  /** Long work the background is doing (a pass of checks, a sync): a bar with its counts and a Stop. */
  progress?: readonly Work[];
  onStop?(kind: Work['kind']): void;
}

/** Rows rendered per idle moment after the first `FIRST_ROWS`. */
const MORE_ROWS = 150;

export function PopupView(props: PopupViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { snapshot, checking, focusId } = props;
  const profiles = useMemo(() => sortByUrgency(snapshot?.profiles ?? []), [snapshot]);
  const now = useMemo(() => new Date(snapshot?.now ?? Date.now()), [snapshot]);
  const focusIndex = focusId ? profiles.findIndex((p) => p.id === focusId) : -1;
  const shown = useProgressiveCount(profiles.length, FIRST_ROWS, MORE_ROWS, focusIndex + 1);
  const focused = useRef<string>();

  useEffect(() => {
    if (!focusId || focusIndex < 0 || focused.current === focusId) return;
    const row = document.getElementById(`profile-${focusId}`);
    if (!row) return;
    focused.current = focusId;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  }, [focusId, focusIndex, shown]);

  // Check all also syncs the publishing tools, so profiles they report count too.
  // A first answer holds the most urgent rows only, and says what the whole list reads as.
  const anyToken = snapshot?.partial?.anyToken ?? profiles.some((p) => p.hasToken || !!p.sources?.length);
  const work = shownWork(props.progress ?? [], Date.now(), ['check', 'sync']);
  // A pass started elsewhere (the options page, an alarm), or before the popup was reopened, counts too.
  const checkingAll =
    checking.has('*') ||
    work.some((w) => w.kind === 'check' && (w.phase === 'running' || w.phase === 'stopping'));

  return (
    <div class="popup">
      <header class="popup__header">
        <div class="popup__title-row">
          <h1 class="popup__title">{t('extName')}</h1>
          <button type="button" class="button button--quiet" onClick={() => props.onOpenOptions()}>
            {t('actionManageProfiles')}
          </button>
        </div>
        {snapshot ? (
          <div class="popup__summary-row">
            <p class="popup__summary" role="status">
              {summaryText(i18n, snapshot.partial?.counts ?? summaryCounts(profiles))}
            </p>
            {anyToken ? (
              <button
                type="button"
                class="button"
                disabled={checkingAll}
                aria-busy={checkingAll}
                onClick={props.onCheckAll}
              >
                <Icon name="refresh" />
                {checkingAll ? t('actionCheckingAll') : t('actionCheckAll')}
              </button>
            ) : null}
          </div>
        ) : null}
        {work.map((w) => (
          <WorkProgress key={w.kind} work={w} onStop={(kind) => props.onStop?.(kind)} />
        ))}
        <ProgressAnnouncer work={work} />
      </header>
      {props.actionError ? (
        <p class="notice notice--error" role="alert">
          {props.actionError}
        </p>
      ) : null}
      <main class="popup__body">
        {props.loadError ? (
          <div class="empty" role="alert">
            <p>{t('loadFailed', props.loadError)}</p>
            {props.loadRetrying ? <p aria-busy="true">{t('loadRetrying')}</p> : null}
            <button type="button" class="button" onClick={props.onRetry}>
              {t('actionRetry')}
            </button>
          </div>
        ) : !snapshot ? (
          <p class="empty" aria-busy="true">
            {t('loading')}
          </p>
        ) : profiles.length === 0 ? (
          <div class="empty">
            <h2>{t('emptyTitle')}</h2>
            <p>{t('emptyBody')}</p>
            {/* The same three ways in as the welcome page (issue 10). */}
            <button
              type="button"
              class="button button--primary"
              onClick={() => props.onOpenOptions('sources')}
            >
              {t('sources_wayConnect')}
            </button>
            <button type="button" class="button" onClick={() => props.onOpenOptions('data')}>
              {t('sources_wayImport')}
            </button>
            {/* The profiles section is the top of the options page: open it as it is. */}
            <button type="button" class="button" onClick={() => props.onOpenOptions()}>
              {t('actionAddProfiles')}
            </button>
          </div>
        ) : (
          <ul class="rows" aria-label={t('profilesListLabel')}>
            {profiles.slice(0, shown).map((p) => (
              <ProfileRow
                key={p.id}
                profile={p}
                now={now}
                checking={checkingAll || checking.has(p.id)}
                onCheck={props.onCheck}
                onSnooze={props.onSnooze}
                onUnsnooze={props.onUnsnooze}
                onMarkReconnected={props.onMarkReconnected}
              />
            ))}
          </ul>
        )}
        {snapshot && shown < (snapshot.partial?.counts.total ?? profiles.length) ? (
          <p class="rows__more" aria-hidden="true">
            {t('loadingMore')}
          </p>
        ) : null}
      </main>
    </div>
  );
}
