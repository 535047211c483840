import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { MIN_SYNC_INTERVAL_MS, type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { BACKOFF_MAX_MS, backoffDelay, DICTATED_WAIT_MAX_MS } from '@/lib/domain/backoff';
import { getSource, updateSource } from '@/lib/storage/source-repository';
import { backgroundFor, testClock } from '../background/context';
import { fakeBuffer } from '../sources-fake-buffer';

const KEY = 'BUFFER-FAKE-KEY-waits-01';
const clock = testClock('2026-11-26T12:00:00Z');
const HOUR = 3_600_000;

function setup() {
  const buffer = fakeBuffer(KEY);
  buffer.world.channels = [{ id: 'fb', organizationId: 'org-1', service: 'facebook', name: 'acmecoffee' }];
  const notifyProblem = vi.fn(async () => undefined);
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: buffer.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem,
    random: () => 0.5,
  };
  const bg = backgroundFor(clock, async () => 0, deps);
  const connect = async () =>
    (await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY })).source!.id;
  return { buffer, deps, notifyProblem, connect };
}

const rateLimited = (retryAfter: string) => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  body: { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMIT_EXCEEDED' } }] },
});
const refused = {
  status: 401,
  body: { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] },
};

beforeEach(() => clock.set('2026-11-26T12:00:00Z'));

describe('a wait the tool dictates has a ceiling (a day)', () => {
  it('backoffDelay caps any Retry-After at 24 h, and a huge or infinite one does not throw', () => {
    expect(backoffDelay(1, 0.5, 2_592_000_000)).toBe(DICTATED_WAIT_MAX_MS);
    expect(backoffDelay(1, 0.5, Number.POSITIVE_INFINITY)).toBe(DICTATED_WAIT_MAX_MS);
    expect(backoffDelay(1, 0.5, 1e20)).toBe(DICTATED_WAIT_MAX_MS);
    expect(backoffDelay(30, 0.5, Number.NaN)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(1, 0.5, -5)).toBe(60_000);
  });

  it('Retry-After of 30 days: the next automatic sync is a day away, not a month', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.fault = rateLimited('2592000');
    expect(await syncSource(id, s.deps, 'now')).toMatchObject({ kind: 'failed', problem: 'rate-limited' });
    const stored = await getSource(id);
    expect(Date.parse(stored!.retry!.notBefore) - clock.now().getTime()).toBe(DICTATED_WAIT_MAX_MS);
  });

  it('a Retry-After too large for a date still keeps a backoff (it used to throw and keep none)', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.fault = rateLimited('8000000000000');
    expect(await syncSource(id, s.deps, 'now')).toMatchObject({ kind: 'failed', problem: 'rate-limited' });
    const stored = await getSource(id);
    expect(stored?.lastSync).toMatchObject({ outcome: 'transient', problem: 'rate-limited' });
    expect(Date.parse(stored!.retry!.notBefore) - clock.now().getTime()).toBe(DICTATED_WAIT_MAX_MS);
  });

  it('Sync now tries once 15 minutes after the last try, whatever the tool said', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.fault = rateLimited('2592000');
    await syncSource(id, s.deps, 'now');
    const before = s.buffer.world.requests.length;
    clock.advance(MIN_SYNC_INTERVAL_MS - 1000);
    expect(await syncSource(id, s.deps, 'now')).toEqual({ kind: 'skipped' });
    expect(await syncSource(id, s.deps, 'due')).toEqual({ kind: 'skipped' });
    expect(s.buffer.world.requests).toHaveLength(before);
    clock.advance(1000);
    s.buffer.world.fault = undefined;
    expect(await syncSource(id, s.deps, 'now')).toMatchObject({ kind: 'synced' });
  });
});

describe('one notification per problem episode', () => {
  it('refused → offline → refused is one notification; a good answer ends the episode', async () => {
    const s = setup();
    const id = await s.connect();
    const offline: SourceSyncDeps['perform'] = async () => ({
      ok: false,
      kind: 'network',
      detail: 'offline',
    });
    const online = s.deps.perform;
    s.buffer.world.fault = refused;
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
    s.deps.perform = offline;
    clock.advance(HOUR);
    await syncSource(id, s.deps, 'now');
    expect((await getSource(id))?.lastSync).toMatchObject({ problem: 'network' });
    s.deps.perform = online;
    clock.advance(HOUR);
    await syncSource(id, s.deps, 'now');
    expect((await getSource(id))?.lastSync).toMatchObject({ problem: 'key-refused' });
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
    // The tool answers well: the episode ends, and the next refusal is news again.
    s.buffer.world.fault = undefined;
    clock.advance(HOUR);
    expect(await syncSource(id, s.deps, 'now')).toMatchObject({ kind: 'synced' });
    expect((await getSource(id))?.retry).toBeUndefined();
    s.buffer.world.fault = refused;
    clock.advance(HOUR);
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).toHaveBeenCalledTimes(2);
  });

  it('an episode that starts offline still notifies once when the key is then refused', async () => {
    const s = setup();
    const id = await s.connect();
    const online = s.deps.perform;
    s.deps.perform = async () => ({ ok: false, kind: 'timeout', detail: 'No answer' });
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).not.toHaveBeenCalled();
    s.deps.perform = online;
    s.buffer.world.fault = refused;
    clock.advance(HOUR);
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
  });
});

describe('a source record written before episodes were kept', () => {
  it('an episode already refused (and notified then) is not notified again after the update', async () => {
    const s = setup();
    const id = await s.connect();
    s.buffer.world.fault = refused;
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
    // As the previous release wrote it: the same refusal, and a retry without `notified`.
    await updateSource(id, (current) => ({
      ...current,
      retry: { attempts: current.retry!.attempts, notBefore: current.retry!.notBefore },
    }));
    clock.advance(HOUR);
    await syncSource(id, s.deps, 'now');
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
  });
});
