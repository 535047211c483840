import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcile } from '@/lib/background/reconcile';
import { type SourceSyncDeps, syncSource } from '@/lib/background/source-sync';
import { SOURCES } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';
import { getSource } from '@/lib/storage/source-repository';
import { backgroundFor, testClock } from '../background/context';

const clock = testClock('2026-11-26T12:00:00Z');
const KEY = 'FAKE-KEY-real-answers-01';
const BASE = 'https://social.example.test';
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const json = (status: number, body: unknown, headers: Record<string, string> = {}): SourceResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: body === '' ? '' : JSON.stringify(body),
});
const ACCOUNT = {
  id: 1,
  uuid: 'acc-1',
  name: 'Example Bakery',
  username: 'examplebakery',
  provider: 'facebook_page',
  authorized: true,
  created_at: '2026-11-01 10:00:00',
};

/** A perform that answers by URL path, logging what was asked. */
function byPath(answers: Record<string, () => SourceResponse>) {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const path = new URL(request.url).pathname;
    const answer = answers[path];
    return { ok: true, response: answer ? answer() : json(404, { message: 'Not Found' }) };
  };
  return { perform, log };
}

function deps(perform: Perform): SourceSyncDeps & { notifyProblem: ReturnType<typeof vi.fn> } {
  return {
    now: clock.now,
    perform,
    onSynced: async () => undefined,
    notifyProblem: vi.fn(async () => undefined),
    random: () => 0.5,
  };
}

beforeEach(() => clock.set('2026-11-26T12:00:00Z'));
afterEach(() => vi.restoreAllMocks());

describe('Mixpost without a workspace list (Mixpost Pro 4)', () => {
  it('a 404 on the list says to enter the workspace’s UUID, not "not found"', async () => {
    const { perform } = byPath({});
    const result = await SOURCES.mixpost.sync({ key: KEY, baseUrl: BASE, perform, now: clock.now() });
    expect(result).toMatchObject({ ok: false, problem: 'no-workspace-list', httpStatus: 404, requests: 1 });
  });

  it('with a workspace UUID, only that workspace’s accounts are asked for (no list)', async () => {
    const { perform, log } = byPath({
      [`/mixpost/api/${UUID}/accounts`]: () => json(200, { data: [ACCOUNT] }),
    });
    const result = await SOURCES.mixpost.sync({
      key: KEY,
      baseUrl: BASE,
      workspace: UUID,
      perform,
      now: clock.now(),
    });
    expect(log.map((r) => new URL(r.url).pathname)).toEqual([`/mixpost/api/${UUID}/accounts`]);
    expect(result).toMatchObject({
      ok: true,
      channels: [{ externalId: 'acc-1', state: 'connected', organization: { id: UUID } }],
    });
  });

  it('a workspace UUID Mixpost does not know is "not found", with Mixpost’s words', async () => {
    const { perform } = byPath({
      [`/mixpost/api/${UUID}/accounts`]: () => json(404, { message: 'Workspace not found.' }),
    });
    const result = await SOURCES.mixpost.sync({
      key: KEY,
      baseUrl: BASE,
      workspace: UUID,
      perform,
      now: clock.now(),
    });
    expect(result).toMatchObject({ ok: false, problem: 'not-found' });
    if (!result.ok) expect(result.detail).toContain('Workspace not found.');
  });

  it('connecting with the UUID keeps it, and every later sync reads that workspace', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { perform, log } = byPath({
      [`/mixpost/api/${UUID}/accounts`]: () => json(200, { data: [ACCOUNT] }),
    });
    const d = deps(perform);
    const bg = backgroundFor(clock, async () => 0, d);
    const refused = await bg.data({ type: 'source-connect', tool: 'mixpost', key: KEY, baseUrl: BASE });
    expect(refused.refused).toMatchObject({ problem: 'no-workspace-list' });
    const answer = await bg.data({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: BASE,
      workspace: UUID,
    });
    expect(answer.source).toMatchObject({ state: 'ok', profiles: 1 });
    expect((await getSource(answer.source!.id))?.workspace).toBe(UUID);
    log.length = 0;
    expect(await syncSource(answer.source!.id, d, 'now')).toMatchObject({ kind: 'synced' });
    expect(log.map((r) => new URL(r.url).pathname)).toEqual([`/mixpost/api/${UUID}/accounts`]);
  });
});

describe('Postiz: a 401 is not always a bad key', () => {
  const postiz = (response: () => SourceResponse) => byPath({ '/public/v1/integrations': response });

  it.each([
    ['Invalid API key', { msg: 'Invalid API key' }, 'key-refused'],
    ['No API Key found', { msg: 'No API Key found' }, 'key-refused'],
    ['No subscription found', { msg: 'No subscription found' }, 'no-subscription'],
    ['an empty body', '', 'server-error'],
  ] as const)('%s', async (_name, body, problem) => {
    const { perform } = postiz(() => json(401, body));
    const result = await SOURCES.postiz.sync({ key: KEY, perform, now: clock.now() });
    expect(result).toMatchObject({ ok: false, problem, httpStatus: 401 });
  });

  it('an empty 401 is retried with backoff and never notified as a refused key', async () => {
    const { perform } = postiz(() => json(200, []));
    const d = deps(perform);
    const bg = backgroundFor(clock, async () => 0, d);
    const { source } = await bg.data({ type: 'source-connect', tool: 'postiz', key: KEY });
    d.perform = postiz(() => json(401, '')).perform;
    expect(await syncSource(source!.id, d, 'now')).toMatchObject({ kind: 'failed', problem: 'server-error' });
    const stored = await getSource(source!.id);
    expect(stored?.lastSync).toMatchObject({ outcome: 'transient', problem: 'server-error' });
    expect(stored?.retry?.notBefore).toBeDefined();
    expect(d.notifyProblem).not.toHaveBeenCalled();
  });

  it('no subscription needs the person: shown as refused and notified once', async () => {
    const { perform } = postiz(() => json(200, []));
    const d = deps(perform);
    const bg = backgroundFor(clock, async () => 0, d);
    const { source } = await bg.data({ type: 'source-connect', tool: 'postiz', key: KEY });
    d.perform = postiz(() => json(401, { msg: 'No subscription found' })).perform;
    await syncSource(source!.id, d, 'now');
    clock.advance(3_600_000);
    await syncSource(source!.id, d, 'now');
    expect((await bg.data({ type: 'source-list' })).sources[0]).toMatchObject({
      state: 'refused',
      lastSync: { problem: 'no-subscription' },
    });
    expect(d.notifyProblem).toHaveBeenCalledTimes(1);
  });
});

describe('Ayrshare', () => {
  const user = (response: () => SourceResponse) => byPath({ '/api/user': response });

  it('402 is "payment required", needing the person, not an unreadable answer retried forever', async () => {
    const { perform } = user(() => json(200, { activeSocialAccounts: ['facebook'], displayNames: [] }));
    const d = deps(perform);
    const bg = backgroundFor(clock, async () => 0, d);
    const { source } = await bg.data({ type: 'source-connect', tool: 'ayrshare', key: KEY });
    d.perform = user(() => json(402, { status: 'error', code: 402, message: 'Payment required.' })).perform;
    expect(await syncSource(source!.id, d, 'now')).toMatchObject({ problem: 'payment-required' });
    expect((await getSource(source!.id))?.lastSync).toMatchObject({ outcome: 'refused' });
    expect(d.notifyProblem).toHaveBeenCalledTimes(1);
    // Its profiles keep their last status, stale for a reason that says the tool needs the person.
    const state = await reconcile(clock.now);
    expect(state.entries.map((e) => [e.verdict.stale, e.verdict.staleReason])).toEqual([
      [true, 'source-needs-attention'],
    ]);
  });

  it('x-ratelimit-reset counts milliseconds: 118000 is a wait of 118 s, not 33 hours', async () => {
    const { perform } = user(() => json(429, { status: 'error' }, { 'x-ratelimit-reset': '118000' }));
    const result = await SOURCES.ayrshare.sync({ key: KEY, perform, now: clock.now() });
    expect(result).toMatchObject({ ok: false, problem: 'rate-limited', retryAfterMs: 118_000 });
  });

  it('fbg (Facebook Groups) is a known network the extension does not track: kept, named, never an error', async () => {
    const { perform } = user(() => json(200, { activeSocialAccounts: ['fbg'], displayNames: [] }));
    const result = await SOURCES.ayrshare.sync({ key: KEY, perform, now: clock.now() });
    expect(result).toMatchObject({
      ok: true,
      channels: [{ service: 'fbg', platform: null, name: 'Facebook Groups', state: 'connected' }],
    });
  });
});
