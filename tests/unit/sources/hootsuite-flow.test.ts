import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcile } from '@/lib/background/reconcile';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import { openGrant } from '@/lib/sources/hootsuite/grant';
import { getSource, listSources, sourceKeyId } from '@/lib/storage/source-repository';
import { getToken } from '@/lib/storage/token-vault';
import { backgroundFor, testClock } from '../background/context';
import { CLIENT_ID, CLIENT_SECRET, hootsuiteWorld, REDIRECT } from './hootsuite-world';

const clock = testClock('2026-11-26T12:00:00Z');
const MINUTE = 60_000;

function setup() {
  const world = hootsuiteWorld([
    {
      id: '1001',
      service: 'INSTAGRAMBUSINESS',
      name: 'Example Bakery',
      handle: 'examplebakery',
      state: 'disconnected',
    },
    { id: '1002', service: 'FACEBOOKPAGE', name: 'Example Bakery Page' },
  ]);
  const notifyProblem = vi.fn(async () => undefined);
  let online = true;
  vi.stubGlobal('navigator', {
    get onLine() {
      return online;
    },
  });
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: world.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem,
    random: () => 0.5,
  };
  const bg = backgroundFor(clock, async () => 0, deps);
  /** Every answer a page got, to prove that no secret or token is ever in one. */
  const answers: string[] = [];
  const send: typeof bg.request = async (request) => {
    const answer = await bg.request(request);
    answers.push(JSON.stringify(answer));
    return answer;
  };
  const offline = () => {
    online = false;
  };
  return { world, bg, send, answers, notifyProblem, offline };
}

type Setup = ReturnType<typeof setup>;

async function connect(s: Setup) {
  s.world.allowSignIn();
  const answer = await s.send({
    type: 'hootsuite-connect',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  if (!answer.ok || !answer.data.source) throw new Error(`connect failed: ${JSON.stringify(answer)}`);
  return answer.data.source;
}

async function grantOf(id: string) {
  return openGrant((await getToken(sourceKeyId(id)))!)!;
}

async function statuses() {
  const state = await reconcile(clock.now);
  return Object.fromEntries(
    state.entries.map((e) => [e.profile.name, [e.verdict.status, e.verdict.stale ? 'stale' : 'fresh']]),
  );
}

/** Past the access token's end (an hour) minus the refresh margin: the next sync refreshes first. */
const nearExpiry = () => clock.advance(56 * MINUTE);

beforeEach(() => clock.set('2026-11-26T12:00:00Z'));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('connecting Hootsuite through the person’s own app', () => {
  it('signs in with state and scope offline, exchanges the code in the background, stores one grant, syncs', async () => {
    const s = setup();
    const signIn = s.world.allowSignIn();
    const answer = await s.send({
      type: 'hootsuite-connect',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    expect(answer.ok && answer.data.source).toMatchObject({ tool: 'hootsuite', state: 'ok', profiles: 2 });
    const url = new URL(signIn.mock.calls[0]![0].url);
    expect(url.origin + url.pathname).toBe('https://platform.hootsuite.com/oauth2/auth');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT,
      scope: 'offline',
    });
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
    expect(signIn.mock.calls[0]![0].interactive).toBe(true);
    // The code exchange: once, credentials in Basic only, never in the body.
    const exchange = s.world.sent.find((r) => (r.body ?? '').includes('grant_type=authorization_code'))!;
    expect(exchange.headers.Authorization).toBe(`Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`);
    expect(exchange.body).not.toContain(CLIENT_SECRET);
    expect(s.world.grants('authorization_code')).toBe(1);
    const [source] = await listSources();
    expect(await grantOf(source!.id)).toMatchObject({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      refreshToken: expect.stringMatching(/^FAKE-hs-refresh-/),
      expiresAt: '2026-11-26T12:59:59.000Z',
    });
    expect(await statuses()).toEqual({
      examplebakery: ['disconnected', 'fresh'],
      'Example Bakery Page': ['ok', 'fresh'],
    });
  });

  it('refuses an answer whose state is not ours: its code is never exchanged, nothing is stored', async () => {
    const s = setup();
    s.world.allowSignIn((back) => back.replace(/state=[0-9a-f]+/, 'state=0000000000000000attacker'));
    const answer = await s.send({
      type: 'hootsuite-connect',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    expect(answer.ok && answer.data.refused).toMatchObject({ problem: 'state-mismatch' });
    expect(s.world.sent).toEqual([]);
    expect(await listSources()).toEqual([]);
  });

  it('a closed sign-in window or a wrong secret stores nothing and says which', async () => {
    const s = setup();
    s.world.allowSignIn().mockRejectedValueOnce(new Error('The user did not approve access.'));
    const closed = await s.send({
      type: 'hootsuite-connect',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    expect(closed.ok && closed.data.refused).toMatchObject({ problem: 'sign-in-closed' });
    const wrong = await s.send({
      type: 'hootsuite-connect',
      clientId: CLIENT_ID,
      clientSecret: 'FAKE-wrong-secret',
    });
    expect(wrong.ok && wrong.data.refused).toMatchObject({ problem: 'client-refused' });
    expect(await listSources()).toEqual([]);
  });

  it('without the identity permission no window opens', async () => {
    const s = setup();
    const signIn = s.world.allowSignIn();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const answer = await s.send({
      type: 'hootsuite-connect',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    expect(answer.ok && answer.data.refused).toMatchObject({ problem: 'identity-refused' });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('a pasted key is refused for Hootsuite: it has none', async () => {
    const s = setup();
    const answer = await s.send({ type: 'source-connect', tool: 'hootsuite', key: 'FAKE-hs-access-99' });
    expect(answer).toMatchObject({ ok: false });
    expect(s.world.sent).toEqual([]);
  });
});

describe('refreshing the single-use refresh token', () => {
  it('stores the rotated pair before any other request is sent', async () => {
    const s = setup();
    const source = await connect(s);
    const before = await grantOf(source.id);
    nearExpiry();
    const stored: string[] = [];
    const profiles = s.world.hold(s.world.isProfiles);
    const sync = s.send({ type: 'source-sync', id: source.id });
    await profiles.reached;
    // The profile list is asked for only now: the vault already holds the new pair, in one record.
    const during = await grantOf(source.id);
    stored.push(during.refreshToken);
    expect(during.refreshToken).not.toBe(before.refreshToken);
    expect(during.accessToken).not.toBe(before.accessToken);
    expect(Date.parse(during.expiresAt)).toBeGreaterThan(clock.now().getTime() + 50 * MINUTE);
    const last = s.world.sent.at(-1)!;
    expect(last.headers.Authorization).toBe(`Bearer ${during.accessToken}`);
    profiles.release();
    expect(await sync).toMatchObject({ ok: true, data: { synced: true } });
    expect(s.world.grants('refresh_token')).toBe(1);
  });

  it('two syncs at once share one refresh', async () => {
    const s = setup();
    const source = await connect(s);
    nearExpiry();
    const refresh = s.world.hold(s.world.isRefresh);
    const first = s.send({ type: 'source-sync', id: source.id });
    await refresh.reached;
    const second = s.send({ type: 'source-sync', id: source.id });
    const all = s.send({ type: 'check-now' });
    refresh.release();
    await Promise.all([first, second, all]);
    expect(s.world.grants('refresh_token')).toBe(1);
    expect((await getSource(source.id))?.lastSync).toMatchObject({ outcome: 'ok' });
  });

  it('a rotation whose answer is lost says "connect Hootsuite again" once, keeps the profiles, sends nothing more', async () => {
    const s = setup();
    const source = await connect(s);
    nearExpiry();
    s.world.oauth.loseNextRefresh();
    await s.send({ type: 'source-sync', id: source.id });
    const after = await getSource(source.id);
    expect(after?.lastSync).toMatchObject({ outcome: 'refused', problem: 'connect-again' });
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
    // Never a verdict on the profiles: their last status, marked stale.
    expect(await statuses()).toEqual({
      examplebakery: ['disconnected', 'stale'],
      'Example Bakery Page': ['ok', 'stale'],
    });
    const sent = s.world.sent.length;
    for (let i = 0; i < 3; i++) {
      clock.advance(24 * 60 * MINUTE);
      await s.send({ type: 'source-sync', id: source.id });
      await s.send({ type: 'check-now' });
    }
    expect(s.world.sent.length).toBe(sent);
    expect(s.world.grants('refresh_token')).toBe(1);
    expect(s.notifyProblem).toHaveBeenCalledTimes(1);
  });

  it('invalid_grant says "connect again"; connecting again with the stored app works and clears it', async () => {
    const s = setup();
    const source = await connect(s);
    nearExpiry();
    s.world.oauth.reset(); // Hootsuite forgets every grant it gave (revoked).
    await s.send({ type: 'source-sync', id: source.id });
    expect((await getSource(source.id))?.lastSync).toMatchObject({ problem: 'connect-again' });
    const again = await s.send({ type: 'hootsuite-connect', id: source.id });
    expect(again.ok && again.data.source).toMatchObject({ id: source.id, state: 'ok', profiles: 2 });
    expect((await getSource(source.id))?.generation).toBe(1);
    expect(await listSources()).toHaveLength(1);
  });

  it('an access token refused before its time gets one forced refresh and one more try', async () => {
    const s = setup();
    const source = await connect(s);
    s.world.oauth.expireAccessTokens(); // a device clock running late: the token ended at Hootsuite already
    await s.send({ type: 'source-sync', id: source.id });
    expect((await getSource(source.id))?.lastSync).toMatchObject({ outcome: 'ok' });
    expect(s.world.grants('refresh_token')).toBe(1);
    expect(s.world.sent.filter(s.world.isProfiles)).toHaveLength(3);
  });

  it('and when that refresh is refused too, it says "connect again" after one try', async () => {
    const s = setup();
    const source = await connect(s);
    s.world.oauth.reset(); // the app was removed in Hootsuite: every grant revoked
    await s.send({ type: 'source-sync', id: source.id });
    expect((await getSource(source.id))?.lastSync).toMatchObject({
      outcome: 'refused',
      problem: 'connect-again',
    });
    expect(s.world.grants('refresh_token')).toBe(1);
    expect(s.world.sent.filter(s.world.isProfiles)).toHaveLength(2);
  });

  it('a refresh not sent (offline) or answered 5xx is a passing problem and keeps the grant', async () => {
    const s = setup();
    const source = await connect(s);
    const grant = await grantOf(source.id);
    nearExpiry();
    s.offline();
    await s.send({ type: 'source-sync', id: source.id });
    expect((await getSource(source.id))?.lastSync).toMatchObject({
      outcome: 'transient',
      problem: 'network',
    });
    expect(s.world.grants('refresh_token')).toBe(0);
    expect(await grantOf(source.id)).toEqual(grant);
    expect(s.notifyProblem).not.toHaveBeenCalled();
  });

  it('never puts the client secret or a token in an answer to a page', async () => {
    const s = setup();
    const source = await connect(s);
    nearExpiry();
    await s.send({ type: 'source-sync', id: source.id });
    await s.send({ type: 'source-list' });
    await s.send({ type: 'get-state' });
    const grant = await grantOf(source.id);
    const text = s.answers.join('\n');
    for (const secret of [
      CLIENT_SECRET,
      grant.accessToken,
      grant.refreshToken,
      'FAKE-hs-refresh-',
      'FAKE-hs-code-',
    ])
      expect(text).not.toContain(secret);
  });
});
