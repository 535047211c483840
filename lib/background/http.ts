import type { LiveCheckRequest, LiveCheckResponse } from '../platforms/types';

export const REQUEST_TIMEOUT_MS = 10_000;
export const PER_HOST_LIMIT = 4;
const MAX_BODY_CHARS = 256_000;

export type HttpOutcome =
  | { ok: true; response: LiveCheckResponse }
  | { ok: false; reason: 'timeout' | 'network-error'; detail: string };

const active = new Map<string, number>();
const waiting = new Map<string, (() => void)[]>();

async function acquire(host: string): Promise<void> {
  const count = active.get(host) ?? 0;
  if (count < PER_HOST_LIMIT) {
    active.set(host, count + 1);
    return;
  }
  await new Promise<void>((resolve) => {
    waiting.set(host, [...(waiting.get(host) ?? []), resolve]);
  });
}

function release(host: string): void {
  const queue = waiting.get(host);
  const next = queue?.shift();
  if (next) {
    next(); // the slot passes straight to the next waiter
    return;
  }
  active.set(host, (active.get(host) ?? 1) - 1);
}

/**
 * Performs one live-check request: at most a few at a time per API host, ten seconds at most, no cookies,
 * no redirects followed (a redirect would carry the request, and any token in its URL, to another address;
 * it is reported as a failed attempt, never read as an answer about the token).
 * A failure to get an answer is reported as such; it is never mistaken for an answer about the token.
 */
export async function perform(request: LiveCheckRequest): Promise<HttpOutcome> {
  const host = new URL(request.url).host;
  await acquire(host);
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
      return { ok: false, reason: 'network-error', detail: `${host} answered with a redirect, not followed` };
    }
    const body = (await response.text()).slice(0, MAX_BODY_CHARS);
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
        reason: 'timeout',
        detail: `No answer from ${host} within ${REQUEST_TIMEOUT_MS / 1000} s`,
      };
    }
    // The error text can hold the URL, and Graph URLs hold the token: never pass it on.
    return { ok: false, reason: 'network-error', detail: `Could not reach ${host}` };
  } finally {
    release(host);
  }
}
