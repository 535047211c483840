import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_ALARM } from '@/lib/background/alarms';
import { checkDueProfiles, checkProfiles, resumePendingChecks } from '@/lib/background/check-cycle';
import { openDatabase } from '@/lib/storage/db';
import { writeMeta } from '@/lib/storage/meta-store';
import { historyOf } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from './context';

const TOKEN = 'EAAB-FAKE-CYCLE-0001';
const fixtures = join(__dirname, '../../fixtures/api');

/** Answers every request with the recorded answer in `tests/fixtures/api/<file>`, {token} filled in. */
function answer(file: string): Response {
  const { response } = JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
  const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  return new Response(body.replaceAll('{token}', TOKEN), {
    status: response.status,
    headers: response.headers,
  });
}

function serve(routes: Record<string, string | (() => Response | Promise<Response>)>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(url);
    const key = Object.keys(routes).find((k) => url.includes(k));
    if (!key) throw new TypeError(`fetch failed for ${url}`);
    const route = routes[key]!;
    return typeof route === 'string' ? answer(route) : route();
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function facebookProfileWithToken(bg: ReturnType<typeof backgroundFor>) {
  const { profile } = await bg.data({
    type: 'save-profile',
    profile: { platform: 'facebook', name: 'Acme Coffee', kind: 'page', expiresAt: '2026-12-30T00:00:00Z' },
  });
  await bg.data({ type: 'set-token', id: profile.id, token: TOKEN });
  return profile.id;
}

describe('live check cycle', () => {
  const clock = testClock('2026-11-26T12:00:00Z');
  const hooks = { now: clock.now, onChecked: () => undefined };

  it('a token the platform answers with 190/460 makes the profile disconnected: password changed', async () => {
    serve({
      '/debug_token': 'facebook/debug-token-refused.json',
      '/me': 'facebook/me-password-changed.json',
    });
    const bg = backgroundFor(clock);
    const id = await facebookProfileWithToken(bg);
    expect(await checkProfiles([id], hooks)).toBe(1);
    const state = await bg.data({ type: 'get-state' });
    expect(state.profiles[0]).toMatchObject({
      status: 'disconnected',
      reason: 'password-changed',
      stale: false,
    });
    // get-state answers first; the badge follows in the reconcile behind it.
    await bg.ctx.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('a 500 keeps the last known status, marks it stale and schedules a retry', async () => {
    serve({ '/debug_token': 'facebook/debug-token-server-error.json' });
    const bg = backgroundFor(clock);
    const id = await facebookProfileWithToken(bg);
    await checkProfiles([id], hooks);
    const [view] = (await bg.data({ type: 'get-state' })).profiles;
    expect(view).toMatchObject({ status: 'ok', stale: true, staleReason: 'platform-error' });
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();
    // The periodic check leaves it alone until the backoff has passed…
    expect(await checkDueProfiles(hooks, 'periodic')).toBe(0);
    // …and a person's own Check now goes ahead at once.
    expect(await checkProfiles([id], hooks)).toBe(1);
  });

  it('a network failure is reported as such, never as an expired token, and never quotes the token', async () => {
    serve({});
    const bg = backgroundFor(clock);
    const id = await facebookProfileWithToken(bg);
    await checkProfiles([id], hooks);
    const [view] = (await bg.data({ type: 'get-state' })).profiles;
    expect(view).toMatchObject({ status: 'ok', stale: true, staleReason: 'network-error' });
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    expect(JSON.stringify(await historyOf(id))).not.toContain(TOKEN);
  });

  it('a stored token that cannot be read is reported on that profile and does not stop the others', async () => {
    const calls = serve({ '/debug_token': 'facebook/debug-token-valid.json' });
    const bg = backgroundFor(clock);
    const damaged = await facebookProfileWithToken(bg);
    const { profile: other } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'facebook', name: 'Beans', expiresAt: '2026-12-30T00:00:00Z' },
    });
    await bg.data({ type: 'set-token', id: other.id, token: `${TOKEN}-2` });
    const db = await openDatabase();
    const record = await db.get('tokens', damaged);
    await db.put('tokens', { ...record!, data: new ArrayBuffer(3) });
    expect(await checkProfiles([damaged, other.id], hooks)).toBe(2);
    const views = (await bg.data({ type: 'get-state' })).profiles;
    expect(views.find((p) => p.id === damaged)).toMatchObject({
      stale: true,
      staleReason: 'token-unreadable',
      status: 'ok',
    });
    expect(views.find((p) => p.id === other.id)).toMatchObject({ stale: false, status: 'ok' });
    expect(calls).toHaveLength(1);
  });

  it('two overlapping cycles check a profile once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const calls = serve({
      '/debug_token': async () => {
        await gate;
        return answer('facebook/debug-token-valid.json');
      },
    });
    const bg = backgroundFor(clock);
    const id = await facebookProfileWithToken(bg);
    const first = checkProfiles([id], hooks);
    const second = checkProfiles([id], hooks);
    await vi.waitFor(() => expect(calls.length).toBe(1));
    release();
    await Promise.all([first, second]);
    expect(calls).toHaveLength(1);
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('a queue left by a stopped worker is finished on the next wake, without checking twice', async () => {
    const calls = serve({ '/debug_token': 'facebook/debug-token-valid.json' });
    const bg = backgroundFor(clock);
    const id = await facebookProfileWithToken(bg);
    await writeMeta('check-queue', { [id]: clock.now().toISOString() });
    expect(await resumePendingChecks(hooks)).toBe(1);
    expect(await resumePendingChecks(hooks)).toBe(0);
    expect(calls).toHaveLength(1);
  });
});
