import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Perform, SourceRequest } from '@/lib/sources/types';
import type { FakeAnswer } from '../../fake-platforms/answer';
import { hootsuiteServer } from '../../fake-platforms/tools/hootsuite';
import { type FakeChannelSpec, ToolBook } from '../../fake-platforms/tools/model';

export const CLIENT_ID = 'FAKE-hs-client-1';
export const CLIENT_SECRET = 'FAKE-hs-secret-Qx81Lm2Zp';
export const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/**
 * The fake Hootsuite of the e2e world, in process: a `Perform` for the background, the sign-in window as
 * `identity.launchWebAuthFlow` would run it, and requests a test can hold (a promise it resolves).
 */
export function hootsuiteWorld(channels: FakeChannelSpec[]) {
  const book = new ToolBook();
  book.keys.set(`${CLIENT_ID}:${CLIENT_SECRET}`, 'good');
  book.setChannels(channels);
  const server = hootsuiteServer(book);
  const oauth = server.oauth!;
  const sent: SourceRequest[] = [];
  const holds: { match: (r: SourceRequest) => boolean; gate: Promise<void>; reached: () => void }[] = [];

  const answer = (r: SourceRequest): FakeAnswer => {
    const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const key = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    return server.answer({ method: r.method, url: new URL(r.url), headers, body: r.body ?? '', key });
  };

  const perform: Perform = async (r) => {
    sent.push(r);
    const held = holds.find((h) => h.match(r));
    if (held) {
      holds.splice(holds.indexOf(held), 1);
      held.reached();
      await held.gate;
    }
    const a = answer(r);
    // The work is done (a refresh token spent), but the answer never arrives.
    if (a.drop) return { ok: false, kind: 'network', detail: 'Could not reach platform.hootsuite.com' };
    const body = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    return { ok: true, response: { status: a.status, headers: a.headers ?? {}, body } };
  };

  /** Holds the next request that `match` accepts until `release()`; `reached` resolves when it arrives. */
  function hold(match: (r: SourceRequest) => boolean) {
    let release!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const arrived = new Promise<void>((r) => {
      reached = r;
    });
    holds.push({ match, gate, reached });
    return { release, reached: arrived };
  }

  /** The browser's sign-in window: Hootsuite's page sends it straight back (`tamper` changes the address). */
  function allowSignIn(tamper: (back: string) => string = (b) => b) {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(REDIRECT);
    return vi.spyOn(fakeBrowser.identity, 'launchWebAuthFlow').mockImplementation(async ({ url }) => {
      const page = server.answer({ method: 'GET', url: new URL(url), headers: {}, body: '', key: undefined });
      const location = page.headers?.location;
      if (page.status !== 302 || !location) throw new Error('Authorization page could not be loaded.');
      return tamper(location);
    });
  }

  const grants = (kind: string) => oauth.log().grants.filter((g) => g === kind).length;
  const isRefresh = (r: SourceRequest) => (r.body ?? '').includes('grant_type=refresh_token');
  const isProfiles = (r: SourceRequest) => r.url.endsWith('/v1/socialProfiles');

  return { book, oauth, perform, sent, hold, allowSignIn, grants, isRefresh, isProfiles };
}
