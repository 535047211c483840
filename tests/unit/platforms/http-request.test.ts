import { afterEach, describe, expect, it, vi } from 'vitest';
import { perform } from '@/lib/background/http';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { PLATFORMS } from '@/lib/platforms';

const TOKEN = 'EAAB-FAKE-Hdr81Qw72Er63Ty54Ui45Op36';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(answer: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    }),
  );
  return calls;
}

describe('how a live-check request goes out', () => {
  it('never follows a redirect, sends no cookies, and reports a redirect as a failed attempt', async () => {
    const calls = stubFetch(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }),
    );
    const outcome = await perform(PLATFORMS.linkedin.liveCheck![0]!.request(TOKEN));
    expect(calls[0]?.init).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    expect(outcome).toEqual({
      ok: false,
      reason: 'network-error',
      detail: 'api.linkedin.com answered with a redirect, not followed',
    });
  });

  it('reads a browser’s opaque redirect the same way', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    stubFetch(() => opaque);
    const outcome = await perform(PLATFORMS.pinterest.liveCheck![0]!.request(TOKEN));
    expect(outcome).toMatchObject({ ok: false, reason: 'network-error' });
  });

  it('passes an ordinary answer on with its status, headers and body', async () => {
    stubFetch(
      () => new Response('{"sub":"x"}', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const outcome = await perform(PLATFORMS.linkedin.liveCheck![0]!.request(TOKEN));
    expect(outcome).toEqual({
      ok: true,
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"sub":"x"}' },
    });
  });

  const steps = PLATFORM_IDS.flatMap((id) =>
    (PLATFORMS[id].liveCheck ?? []).map((s, i) => [id, i + 1, s] as const),
  );
  it.each(steps)(
    '%s step %s: the URL fetched holds the token only where the API allows nothing else',
    async (_id, _n, step) => {
      const calls = stubFetch(() => new Response('{}', { status: 200 }));
      await perform(step.request(TOKEN));
      const url = new URL(calls[0]!.url);
      const headers = new Headers(calls[0]!.init.headers);
      const inUrl = [...url.searchParams.entries()].filter(([, v]) => v.includes(TOKEN)).map(([k]) => k);
      if (headers.get('authorization') === `Bearer ${TOKEN}`) {
        // debug_token's input_token is the token inspected: a query parameter by the API's design.
        expect(inUrl).toEqual(url.pathname.endsWith('/debug_token') ? ['input_token'] : []);
      } else {
        expect(url.host).toBe('graph.threads.net');
        expect(inUrl).toEqual(['access_token']);
      }
    },
  );
});
