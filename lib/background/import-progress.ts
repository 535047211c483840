import { sealToken } from '../storage/token-vault';
import { HandlerError } from './handler-error';
import { dropWork, reportWork } from './progress';
import { catalogueLocale, translate } from './translate';

type Sealed = Awaited<ReturnType<typeof sealToken>>;

/** An import this large shows a bar; a smaller one is over before a bar could say anything. */
export const IMPORT_SHOWN_FROM = 100;
/** Tokens sealed between two looks at the Stop button (and two reports). */
const SEAL_CHUNK = 50;

/**
 * An import's progress: rows are ready once their token is sealed (rows without one at once); it ends when
 * the one transaction that writes them all has committed. A stop is honoured between chunks of tokens,
 * before anything is written: the import is all-or-nothing, so a stopped import imports nothing.
 */
export function importRun(rows: number, tokens: number, now: () => Date) {
  const startedAt = now().toISOString();
  const shown = rows >= IMPORT_SHOWN_FROM;
  let done = rows - tokens;
  let stopping = false;
  const report = (phase: 'running' | 'stopping' | 'stopped' | 'done') => {
    if (!shown) return;
    const over = phase === 'stopped' || phase === 'done';
    reportWork(
      {
        kind: 'import',
        phase,
        done,
        total: rows,
        broken: 0,
        startedAt,
        ...(over ? { endedAt: now().toISOString() } : {}),
      },
      phase === 'running' ? stop : undefined,
    );
  };
  async function stop() {
    stopping = true;
    report('stopping');
  }
  report('running');
  return {
    /** Seals the tokens in chunks; throws, with nothing written, when a stop came in between. */
    async seal(list: readonly (readonly [string, string])[], at: Date): Promise<Sealed[]> {
      const sealed: Sealed[] = [];
      done = rows - list.length;
      for (let i = 0; i < list.length; i += SEAL_CHUNK) {
        if (stopping) {
          report('stopped');
          const number = new Intl.NumberFormat(catalogueLocale());
          throw new HandlerError(
            translate('progress_importStoppedError', [number.format(done), number.format(rows)]),
          );
        }
        const chunk = list.slice(i, i + SEAL_CHUNK);
        sealed.push(...(await Promise.all(chunk.map(([id, token]) => sealToken(id, token, at)))));
        done += chunk.length;
        report('running');
      }
      return sealed;
    },
    written() {
      done = rows;
      report('done');
    },
    /** Failed for another reason (the rows changed meanwhile): no bar is left saying anything. */
    failed() {
      if (shown && !stopping) dropWork('import');
    },
  };
}
