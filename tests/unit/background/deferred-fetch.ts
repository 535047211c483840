import { vi } from 'vitest';

/** One request the check cycle made, held until the test answers it. */
export interface HeldRequest {
  url: string;
  token: string | undefined;
  answer(response: Response): void;
}

/** How the fake answers a token: a response now, or `'hold'` to keep the request waiting for the test. */
export type Responder = (token: string | undefined, url: string) => Response | 'hold';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** LinkedIn `/v2/userinfo` answers, as the platform sends them (see tests/fixtures/api/linkedin). */
export const linkedin = {
  valid: () => json(200, { sub: 'fake-member', name: 'Fake Member' }),
  revoked: () =>
    json(401, {
      status: 401,
      serviceErrorCode: 65601,
      code: 'REVOKED_ACCESS_TOKEN',
      message: 'The token used in the request has been revoked by the user',
    }),
  serverError: () => json(500, { status: 500, message: 'Internal Server Error' }),
};

/**
 * Replaces `fetch`: every request is logged with the bearer token it carried; `respond` decides whether it is
 * answered at once or held until the test calls `answer` (a request that resolves when the test says so).
 */
export function deferredFetch(respond: Responder = () => 'hold') {
  const log: { url: string; token: string | undefined }[] = [];
  const held: HeldRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      const auth = new Headers(init?.headers).get('authorization') ?? undefined;
      const token = auth?.replace(/^Bearer /, '');
      log.push({ url, token });
      const answer = respond(token, url);
      if (answer !== 'hold') return answer;
      return new Promise<Response>((resolve) => held.push({ url, token, answer: resolve }));
    }),
  );
  return {
    log,
    held,
    /** Requests made with `token` so far. */
    count: (token: string) => log.filter((r) => r.token === token).length,
    /** Waits until a request with `token` is held, and returns it (taking it off the list). */
    async waitForHeld(token: string): Promise<HeldRequest> {
      await vi.waitFor(() => {
        if (!held.some((r) => r.token === token)) throw new Error(`no request held for ${token}`);
      });
      const index = held.findIndex((r) => r.token === token);
      return held.splice(index, 1)[0]!;
    },
  };
}
