import type { PerformResult, SourceRequest } from '../sources';
import { REQUEST_TIMEOUT_MS } from './http';

const MAX_BODY_CHARS = 2_000_000;

/**
 * Performs one publishing-tool request: ten seconds at most, no cookies, no cache, and no redirects (a
 * redirect could carry the key's header to another host). The key is only ever in a header; an error's
 * own text may quote the URL, so it is never passed on.
 */
export async function performSourceRequest(request: SourceRequest): Promise<PerformResult> {
  const host = safeHost(request.url);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
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
        kind: 'timeout',
        detail: `No answer from ${host} within ${REQUEST_TIMEOUT_MS / 1000} s`,
      };
    }
    return { ok: false, kind: 'network', detail: `Could not reach ${host}` };
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the tool';
  }
}
