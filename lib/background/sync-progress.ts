import { listSources } from '../storage/source-repository';
import { reportWork } from './progress';
import { type SourceSyncDeps, type SyncMode, type SyncReport, syncSource } from './source-sync';

/**
 * Syncs every connected tool, as `syncAllSources` does, with a progress bar (tools synced of tools) and a
 * Stop: once stopped, no request of any tool goes out, a tool whose answer was complete is stored, and a tool
 * whose sync lost a request to the stop writes nothing (a partial list of its channels would read as
 * channels gone): it keeps its last sync and is synced again next time.
 */
export async function syncAllWithProgress(deps: SourceSyncDeps, mode: SyncMode): Promise<SyncReport[]> {
  const sources = await listSources();
  if (!sources.length) return [];
  const startedAt = deps.now().toISOString();
  let stopping = false;
  let done = 0;
  const report = (phase: 'running' | 'stopping' | 'stopped' | 'done') =>
    reportWork(
      {
        kind: 'sync',
        phase,
        done,
        total: sources.length,
        broken: 0,
        startedAt,
        ...(phase === 'stopped' || phase === 'done' ? { endedAt: deps.now().toISOString() } : {}),
      },
      phase === 'running' ? stop : undefined,
    );
  async function stop() {
    stopping = true;
    report('stopping');
  }
  report('running');
  const reports = await Promise.all(
    sources.map(async (source) => {
      let refused = false;
      const gated: SourceSyncDeps = {
        ...deps,
        perform: (request) => {
          if (!stopping) return deps.perform(request);
          refused = true;
          return Promise.resolve({ ok: false, kind: 'network', detail: 'Not sent: the sync was stopped' });
        },
        refused: () => refused,
      };
      try {
        return await syncSource(source.id, gated, mode);
      } finally {
        done++;
        if (!stopping) report('running');
      }
    }),
  );
  report(stopping ? 'stopped' : 'done');
  return reports;
}
