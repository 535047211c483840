import { cleanDetail, withoutToken } from '../platforms/answer-detail';
import { type ResetUnit, retryWaitMs } from './rate-limit';
import type {
  ChannelReport,
  SourceRequest,
  SourceResponse,
  SyncContext,
  SyncProblem,
  SyncResult,
} from './types';

export type SyncFailure = Extract<SyncResult, { ok: false }>;

/**
 * One sync's requests, in order, counted. Every failure goes through `fail`, so no detail ever carries the
 * key (the key is removed by value, then anything token-like by shape).
 */
export class SyncSession {
  requests = 0;
  /**
   * `resetUnit`: what a bare `X-RateLimit-Reset` number counts (Ayrshare documents milliseconds; most tools
   * seconds).
   */
  constructor(
    private readonly ctx: SyncContext,
    private readonly resetUnit: ResetUnit = 'seconds',
  ) {}

  get now(): Date {
    return this.ctx.now;
  }

  /** Performs one request; a transport failure becomes the sync's failure. */
  async send(
    request: SourceRequest,
  ): Promise<{ ok: true; response: SourceResponse } | { ok: false; failure: SyncFailure }> {
    this.requests += 1;
    let result: Awaited<ReturnType<SyncContext['perform']>>;
    try {
      result = await this.ctx.perform(request);
    } catch (error) {
      // A perform that throws is a transport failure too, never a verdict.
      return {
        ok: false,
        failure: this.fail('network', error instanceof Error ? error.message : 'Request failed'),
      };
    }
    if (!result.ok) return { ok: false, failure: this.fail(result.kind, result.detail) };
    return { ok: true, response: result.response };
  }

  fail(
    problem: SyncProblem,
    detail: string,
    extra: { httpStatus?: number; retryAfterMs?: number } = {},
  ): SyncFailure {
    const safe = cleanDetail(withoutToken(detail, this.ctx.key));
    return {
      ok: false,
      problem,
      detail: safe || problem,
      ...(extra.httpStatus === undefined ? {} : { httpStatus: extra.httpStatus }),
      ...(extra.retryAfterMs === undefined ? {} : { retryAfterMs: extra.retryAfterMs }),
      requests: this.requests,
    };
  }

  done(channels: ChannelReport[]): SyncResult {
    return { ok: true, channels, requests: this.requests };
  }

  /**
   * The problem an HTTP status proves, or `undefined` for 2xx. `message` is the tool's own text when its
   * body could be read; `fallbackWaitSeconds` is a wait the body gave.
   */
  statusProblem(
    response: SourceResponse,
    message?: string,
    fallbackWaitSeconds?: number,
  ): SyncFailure | undefined {
    const { status } = response;
    if (status >= 200 && status <= 299) return undefined;
    const said = message ? `: ${message}` : '';
    const extra = { httpStatus: status };
    if (status === 401) return this.fail('key-refused', `HTTP 401, the key was refused${said}`, extra);
    // 402 is the tool's bill, not its availability: retrying cannot help, the person must act.
    if (status === 402) return this.fail('payment-required', `HTTP 402, payment required${said}`, extra);
    if (status === 403) return this.fail('forbidden', `HTTP 403, access forbidden${said}`, extra);
    if (status === 404) return this.fail('not-found', `HTTP 404, not found${said}`, extra);
    const wait = retryWaitMs(response, this.now, fallbackWaitSeconds, this.resetUnit);
    const withWait = wait === undefined ? extra : { ...extra, retryAfterMs: wait };
    if (status === 429) return this.fail('rate-limited', `HTTP 429, too many requests${said}`, withWait);
    if (status >= 500 && status <= 599) return this.fail('server-error', `HTTP ${status}${said}`, withWait);
    return this.fail('unreadable', `Unexpected HTTP ${status}${said}`, extra);
  }

  unreadable(response: SourceResponse, why: string): SyncFailure {
    return this.fail('unreadable', `${why} (HTTP ${response.status}).`, { httpStatus: response.status });
  }
}
