import { describe, expect, it } from 'vitest';
import { IMPORT_SHOWN_FROM } from '@/lib/background/import-progress';
import { acceptProgressPort, currentProgress, stopWork } from '@/lib/background/progress';
import { type ProgressEvent, readProgressEvent } from '@/lib/messaging/progress';
import { progressEventSchema } from '@/lib/messaging/progress-schema';
import { listProfiles } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from './context';

const clock = testClock('2026-11-26T12:00:00Z');

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    platform: 'linkedin' as const,
    name: `Imported ${i}`,
    handle: `imported-${i}`,
    ...(i % 2 ? { accessToken: `LINKEDIN-IMPORT-${i}` } : {}),
  }));

/** A page listening on the progress port; `onImport` sees each import event as it comes. */
function listen(onImport: (event: ProgressEvent) => void = () => undefined) {
  const events: ProgressEvent[] = [];
  acceptProgressPort({
    name: 'progress',
    postMessage: (message: unknown) => {
      expect(progressEventSchema.safeParse(message).success).toBe(true);
      const event = readProgressEvent(message)!;
      events.push(event);
      if (event.work.some((w) => w.kind === 'import')) onImport(event);
    },
    onDisconnect: { addListener: () => undefined },
    onMessage: { addListener: () => undefined },
  } as never);
  return events;
}

const importWork = () => currentProgress().work.find((w) => w.kind === 'import');

describe('progress of an import', () => {
  it('a large import reports rows ready of rows, and ends done once written', async () => {
    const bg = backgroundFor(clock);
    const events = listen();
    const summary = await bg.data({ type: 'import', rows: rows(IMPORT_SHOWN_FROM + 50) });
    expect(summary).toEqual({ created: 150, updated: 0 });
    expect(importWork()).toMatchObject({ phase: 'done', done: 150, total: 150 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.at(-1)?.work.find((w) => w.kind === 'import')).toMatchObject({ phase: 'done', done: 150 });
  });

  it('Stop before the write: nothing is imported, and the answer says the person stopped it', async () => {
    const bg = backgroundFor(clock);
    let asked = false;
    listen((event) => {
      if (!asked && event.work.some((w) => w.kind === 'import' && w.phase === 'running')) {
        asked = true;
        void stopWork('import');
      }
    });
    const answer = await bg.request({ type: 'import', rows: rows(300) });
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^you stopped it at \d+ of 300 rows$/),
    });
    expect((await listProfiles()).profiles).toEqual([]);
    expect(importWork()).toMatchObject({ phase: 'stopped', total: 300 });
  });

  it('a small import shows no bar, and a failed one leaves none behind', async () => {
    const bg = backgroundFor(clock);
    await bg.data({ type: 'import', rows: rows(IMPORT_SHOWN_FROM + 1) });
    expect(importWork()).toBeDefined();
    const bad = rows(IMPORT_SHOWN_FROM + 1);
    bad[3] = { ...bad[3]!, handle: bad[2]!.handle };
    expect((await bg.request({ type: 'import', rows: bad })).ok).toBe(false);
    await bg.data({ type: 'import', rows: rows(5) });
    expect(importWork()).toMatchObject({ total: IMPORT_SHOWN_FROM + 1 });
  });
});
