import type { SenderKind } from './sender';
import type { SourceSyncDeps } from './source-sync';
import type { BackgroundState } from './state';

/** What every request handler is given: the clock, the reconcile and check hooks, and who sent the request. */
export interface HandlerContext {
  now: () => Date;
  /** Re-derives statuses and updates badge, alarms, notifications and listeners. */
  reconcile: () => Promise<BackgroundState>;
  /** Runs live checks for these profiles in the background of the request. */
  check: (ids: string[]) => Promise<number>;
  sender: SenderKind;
  /** Publishing-tool syncs: the real network unless given (see `sourceDeps`). */
  sources?: SourceSyncDeps;
}
