import type { PerformResult, SourceRequest } from '../sources';
import { fetchAnswer } from './fetch-answer';

const MAX_BODY_CHARS = 2_000_000;

/**
 * Performs one publishing-tool request through `fetchAnswer` (ten seconds, no cookies, no redirect followed:
 * a redirect could carry the key's header to another host). The key is only ever in a header.
 */
export async function performSourceRequest(request: SourceRequest): Promise<PerformResult> {
  const outcome = await fetchAnswer(request, MAX_BODY_CHARS);
  if (outcome.ok) return outcome;
  return { ok: false, kind: outcome.kind === 'timeout' ? 'timeout' : 'network', detail: outcome.detail };
}
