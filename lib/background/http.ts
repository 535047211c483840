import type { LiveCheckRequest, LiveCheckResponse } from '../platforms/types';
import { fetchAnswer } from './fetch-answer';

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
    const queue = waiting.get(host);
    if (queue) queue.push(resolve);
    else waiting.set(host, [resolve]);
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

/** A request not sent because `admit` said no once its slot was free (a stopped pass). */
export class NotAdmittedError extends Error {
  override name = 'NotAdmittedError';
}

/**
 * Performs one live-check request: at most a few at a time per API host, through `fetchAnswer` (ten seconds,
 * no cookies, no redirect followed). A failure to get an answer, a redirect included, is reported as a failed
 * attempt; it is never read as an answer about the token. `admit` may refuse it once a slot is free.
 */
export async function perform(request: LiveCheckRequest, admit?: () => boolean): Promise<HttpOutcome> {
  const host = new URL(request.url).host;
  await acquire(host);
  try {
    // Asked when the slot is free, not before: a check waiting for one when its pass is stopped never goes.
    if (admit && !admit()) throw new NotAdmittedError('Not sent: the pass was stopped');
    const outcome = await fetchAnswer(request, MAX_BODY_CHARS);
    if (outcome.ok) return outcome;
    return {
      ok: false,
      reason: outcome.kind === 'timeout' ? 'timeout' : 'network-error',
      detail: outcome.detail,
    };
  } finally {
    release(host);
  }
}
