import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { PopupView } from '@/components/popup/popup-view';
import type { SnoozeDays } from '@/components/popup/profile-row';
import { send } from '@/lib/messaging/client';
import type { WorkKind } from '@/lib/messaging/progress';
import { profileFromHash } from '@/lib/ui/profile-hash';
import { useProgress } from '@/lib/ui/use-progress';
import { useSnapshot } from '@/lib/ui/use-snapshot';

/** Wiring only: the background's state in, the person's actions out as requests. */
export function PopupApp() {
  const { t } = useI18n();
  const { snapshot, error, retrying, refresh, retry } = useSnapshot();
  const progress = useProgress();
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const [actionError, setActionError] = useState<string>();
  const [focusId, setFocusId] = useState(() => profileFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setFocusId(profileFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const run = useCallback(
    async (action: Promise<unknown>, failure: Parameters<typeof t>[0]) => {
      setActionError(undefined);
      try {
        await action;
      } catch (e) {
        setActionError(t(failure, e instanceof Error ? e.message : String(e)));
      }
      await refresh();
    },
    [refresh, t],
  );

  const check = useCallback(
    async (id: string | undefined) => {
      const key = id ?? '*';
      setChecking((s) => new Set(s).add(key));
      await run(send(id ? { type: 'check-now', id } : { type: 'check-now' }), 'checkFailed');
      setChecking((s) => {
        const next = new Set(s);
        next.delete(key);
        return next;
      });
    },
    [run],
  );

  // Stable callbacks: rows are memoised, and a popup may hold a thousand of them.
  const onCheckAll = useCallback(() => void check(undefined), [check]);
  const onCheck = useCallback((id: string) => void check(id), [check]);
  const onSnooze = useCallback(
    (id: string, days: SnoozeDays) => void run(send({ type: 'snooze', id, days }), 'snoozeFailed'),
    [run],
  );
  const onUnsnooze = useCallback(
    (id: string) => void run(send({ type: 'unsnooze', id }), 'snoozeFailed'),
    [run],
  );
  const onMarkReconnected = useCallback(
    (id: string) => void run(send({ type: 'mark-reconnected', id }), 'markReconnectedFailed'),
    [run],
  );
  const onOpenOptions = useCallback((section?: string) => {
    if (section) void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
    else void browser.runtime.openOptionsPage();
  }, []);
  const onRetry = useCallback(() => void retry(), [retry]);
  const onStop = useCallback(
    (kind: WorkKind) => void run(send({ type: 'stop-work', kind }), 'progress_stopFailed'),
    [run],
  );

  return (
    <PopupView
      snapshot={snapshot}
      loadError={snapshot ? undefined : error}
      loadRetrying={retrying}
      actionError={actionError}
      checking={checking}
      focusId={focusId}
      onCheckAll={onCheckAll}
      onCheck={onCheck}
      onSnooze={onSnooze}
      onUnsnooze={onUnsnooze}
      onMarkReconnected={onMarkReconnected}
      onOpenOptions={onOpenOptions}
      onRetry={onRetry}
      progress={progress}
      onStop={onStop}
    />
  );
}
