/** One request as the background sends it: pure data from lib/platforms or lib/sources. */
export interface OutgoingRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const REQUEST_TIMEOUT_MS = 10_000;

/** Why no answer came back. None of these says anything about a token or a key. */
export type NoAnswer = 'timeout' | 'network' | 'redirect';

export type FetchOutcome = { ok: true; response: Answer } | { ok: false; kind: NoAnswer; detail: string };

/**
 * Sends one request: ten seconds at most, no cookies, no cache, and no redirect followed (a redirect would
 * carry the request, its Authorization header and anything in its URL to another address). The error's own
 * text can quote the URL, so it is never passed on: the detail names only the host.
 */
export async function fetchAnswer(request: OutgoingRequest, maxBodyChars: number): Promise<FetchOutcome> {
  const host = hostOf(request.url);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    // Browsers give an opaque, status-0 response for a redirect not followed; other runtimes the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, kind: 'redirect', detail: `${host} answered with a redirect, not followed` };
    }
    const body = (await response.text()).slice(0, maxBodyChars);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    return { ok: true, response: { status: response.status, headers, body } };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      return {
        ok: false,
        kind: 'timeout',
        detail: `No answer from ${host} within ${REQUEST_TIMEOUT_MS / 1000} s`,
      };
    }
    return { ok: false, kind: 'network', detail: `Could not reach ${host}` };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}
