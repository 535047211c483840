import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProfiles } from '@/lib/background/check-cycle';
import { PASS_KEY } from '@/lib/background/check-progress';
import { acceptProgressPort, currentProgress } from '@/lib/background/progress';
import { type ProgressEvent, readProgressEvent, type WorkProgress } from '@/lib/messaging/progress';
import { progressEventSchema } from '@/lib/messaging/progress-schema';
import { readMeta } from '@/lib/storage/meta-store';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A page's end of the progress port: every event the background posted, as the page reads it. */
function listeningPage() {
  const events: unknown[] = [];
  const port = {
    name: 'progress',
    postMessage: (message: unknown) => events.push(message),
    onDisconnect: { addListener: () => undefined },
    onMessage: { addListener: () => undefined },
  };
  acceptProgressPort(port as never);
  return {
    events,
    /** The check pass as the last event told it. */
    check: (): WorkProgress | undefined =>
      (events.at(-1) as ProgressEvent | undefined)?.work.find((w) => w.kind === 'check'),
  };
}

const raw = (key: string) => readMeta(key, (v) => v as Record<string, unknown> | undefined);
const TOKEN = (i: number) => `LINKEDIN-PROGRESS-${i}`;

/** `count` LinkedIn profiles with tokens, their first checks answered; then every request is held. */
async function setup(count: number) {
  const clock = testClock('2026-11-26T12:00:00Z');
  const hooks = { now: clock.now, onChecked: () => undefined };
  const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
  let hold = false;
  const fetch = deferredFetch(() => (hold ? 'hold' : linkedin.valid()));
  const rows = Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    platform: 'linkedin' as const,
    name: `Profile ${i}`,
    handle: `profile-${i}`,
    accessToken: TOKEN(i),
  }));
  await bg.data({ type: 'import', rows });
  await checkProfiles([], hooks);
  hold = true;
  fetch.log.length = 0;
  return { bg, fetch, hooks };
}

/** Waits until exactly `n` requests are held (the per-host limit lets 4 go at once). */
async function held(fetch: ReturnType<typeof deferredFetch>, n: number) {
  await vi.waitFor(() => expect(fetch.held.length).toBe(n));
}

describe('progress of a pass of checks', () => {
  it('counts advance as answers arrive, broken connections counted, every event valid', async () => {
    const { bg, fetch } = await setup(6);
    const page = listeningPage();
    const checkAll = bg.data({ type: 'check-now' });
    await held(fetch, 4);
    expect(page.check()).toMatchObject({ phase: 'running', done: 0, total: 6, broken: 0 });

    fetch.held.shift()!.answer(linkedin.revoked());
    await vi.waitFor(() => expect(page.check()).toMatchObject({ done: 1, total: 6, broken: 1 }));
    fetch.held.shift()!.answer(linkedin.valid());
    await vi.waitFor(() => expect(page.check()).toMatchObject({ done: 2, broken: 1 }));
    // The freed slots take the last two profiles.
    await held(fetch, 4);
    for (const request of fetch.held.splice(0)) request.answer(linkedin.valid());
    await checkAll;
    await vi.waitFor(() =>
      expect(page.check()).toMatchObject({ phase: 'done', done: 6, total: 6, broken: 1 }),
    );
    expect(page.check()?.endedAt).toBeDefined();

    for (const event of page.events) {
      expect(progressEventSchema.safeParse(event).success).toBe(true);
      expect(readProgressEvent(event)).toEqual(event);
    }
    // Nothing is left for a later worker to resume.
    expect(await raw(PASS_KEY)).toBeUndefined();
  });

  it('a page that opens the port mid-pass hears at once how far it is', async () => {
    const { bg, fetch } = await setup(5);
    const checkAll = bg.data({ type: 'check-now' });
    await held(fetch, 4);
    fetch.held.shift()!.answer(linkedin.valid());
    await vi.waitFor(() => expect(currentProgress().work[0]).toMatchObject({ done: 1 }));
    const late = listeningPage();
    expect(late.events).toHaveLength(1);
    expect(late.check()).toMatchObject({ phase: 'running', done: 1, total: 5 });
    await held(fetch, 4);
    for (const request of fetch.held.splice(0)) request.answer(linkedin.valid());
    await checkAll;
  });

  it('Stop: no request starts after it, the answers under way are stored, the rest leave the queue', async () => {
    const { bg, fetch } = await setup(10);
    const page = listeningPage();
    const checkAll = bg.data({ type: 'check-now' });
    await held(fetch, 4);
    expect(await bg.data({ type: 'stop-work', kind: 'check' })).toEqual({ stopped: true });
    expect(page.check()).toMatchObject({ phase: 'stopping', done: 0, total: 10 });

    // The four under way finish; their slots go to nobody.
    const [first, ...rest] = fetch.held.splice(0);
    first!.answer(linkedin.revoked());
    for (const request of rest) request.answer(linkedin.valid());
    await checkAll;
    expect(fetch.log).toHaveLength(4);
    await vi.waitFor(() =>
      expect(page.check()).toMatchObject({ phase: 'stopped', done: 4, total: 10, broken: 1 }),
    );
    const { profiles } = await bg.data({ type: 'get-state' });
    const stored = profiles.filter((p) => p.lastCheck?.at === '2026-11-26T12:00:00.000Z');
    expect(stored.filter((p) => p.status === 'disconnected')).toHaveLength(1);
    expect(Object.keys((await raw('check-queue')) ?? {})).toEqual([]);
    expect(await raw(PASS_KEY)).toBeUndefined();
    // Stopping again: nothing runs.
    expect(await bg.data({ type: 'stop-work', kind: 'check' })).toEqual({ stopped: false });
    // The next pass asks everyone again, and is reported as a new pass.
    const again = bg.data({ type: 'check-now' });
    await held(fetch, 4);
    expect(page.check()).toMatchObject({ phase: 'running', done: 0, total: 10 });
    await bg.data({ type: 'stop-work', kind: 'check' });
    for (const request of fetch.held.splice(0)) request.answer(linkedin.valid());
    await again;
  });

  it('a single check shows no bar', async () => {
    const { bg, fetch } = await setup(2);
    const page = listeningPage();
    const before = page.events.length;
    const { profiles } = await bg.data({ type: 'get-state' });
    const one = bg.data({ type: 'check-now', id: profiles[0]!.id });
    await held(fetch, 1);
    fetch.held.shift()!.answer(linkedin.valid());
    await one;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.events).toHaveLength(before);
  });

  it('a worker that takes a pass over from a stopped one reports the whole pass, not its remainder', async () => {
    const { bg, fetch } = await setup(10);
    const checkAll = bg.data({ type: 'check-now' });
    await held(fetch, 4);
    const startedAt = currentProgress().work[0]!.startedAt;
    const [revoked, ...valid] = fetch.held.splice(0);
    revoked!.answer(linkedin.revoked());
    for (const request of valid) request.answer(linkedin.valid());
    await vi.waitFor(() => expect(currentProgress().work[0]).toMatchObject({ done: 4 }));
    expect(await raw(PASS_KEY)).toEqual({ startedAt, total: 10 });

    // The worker stops here: its four next requests never come back. A new worker has fresh modules.
    vi.resetModules();
    const cycle = await import('@/lib/background/check-cycle');
    const progress = await import('@/lib/background/progress');
    const hooks = { now: () => new Date('2026-11-26T12:00:30Z'), onChecked: () => undefined };
    const resumed = cycle.resumePendingChecks(hooks);
    await vi.waitFor(() =>
      expect(progress.currentProgress().work[0]).toMatchObject({
        phase: 'running',
        done: 4,
        total: 10,
        broken: 1,
        startedAt,
      }),
    );
    await vi.waitFor(() => expect(fetch.held.length).toBe(8));
    for (const request of fetch.held.splice(4)) request.answer(linkedin.valid());
    await vi.waitFor(() => expect(progress.currentProgress().work[0]).toMatchObject({ done: 8 }));
    await vi.waitFor(() => expect(fetch.held.length).toBe(6));
    for (const request of fetch.held.splice(4)) request.answer(linkedin.valid());
    await resumed;
    expect(progress.currentProgress().work[0]).toMatchObject({ phase: 'done', done: 10, total: 10 });
    // The old worker's four requests are never answered: it is gone (this test comes last in the file).
    void checkAll;
  });
});
