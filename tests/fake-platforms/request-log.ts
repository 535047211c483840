import type { PlatformId } from '../../lib/domain/platform-id';
import type { Endpoint } from './answer';
import { maskToken } from './tokens';

/** One request the world received. Tokens appear masked only; filter by a full token with `matching`. */
export interface LoggedRequest {
  seq: number;
  /** Date.now() when the request arrived. */
  at: number;
  host: string;
  method: string;
  /** Path without the query string (which may hold a token). */
  path: string;
  platform?: PlatformId;
  endpoint?: Endpoint;
  /** Whether that token was in the URL (path or query, `input_token` aside) rather than a header. */
  tokenInUrl?: boolean;
  /** The token the request carried, masked ("EAAB…-1"). */
  token?: string;
  fault?: string;
  /** What happened: the HTTP status sent, or how the request ended without one. */
  result: number | 'pending' | 'hung' | 'dropped' | 'aborted';
}

export interface RequestFilter {
  host?: string;
  path?: string | RegExp;
  /** The full token; matched without ever storing it in an entry. */
  token?: string;
  endpoint?: Endpoint;
}

/** The request log, with a per-host count of requests in flight and the most there ever were at once. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private tokens = new WeakMap<LoggedRequest, string>();
  private inFlight = new Map<string, number>();
  private peak = new Map<string, number>();
  private seq = 0;

  start(fields: Omit<LoggedRequest, 'seq' | 'at' | 'token' | 'result'>, token?: string): LoggedRequest {
    const entry: LoggedRequest = { seq: ++this.seq, at: Date.now(), ...fields, result: 'pending' };
    if (token !== undefined) {
      entry.token = maskToken(token);
      this.tokens.set(entry, token);
    }
    this.entries.push(entry);
    const now = (this.inFlight.get(fields.host) ?? 0) + 1;
    this.inFlight.set(fields.host, now);
    this.peak.set(fields.host, Math.max(now, this.peak.get(fields.host) ?? 0));
    return entry;
  }

  /** Marks a request finished (answered, dropped or given up by the client). Idempotent. */
  finish(entry: LoggedRequest, result: LoggedRequest['result']): void {
    if (entry.result !== 'pending' && entry.result !== 'hung') return;
    entry.result = result;
    if (result !== 'hung') {
      this.inFlight.set(entry.host, Math.max(0, (this.inFlight.get(entry.host) ?? 1) - 1));
    }
  }

  matching(filter: RequestFilter = {}): LoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (filter.host === undefined || e.host === filter.host) &&
        (filter.endpoint === undefined || e.endpoint === filter.endpoint) &&
        (filter.path === undefined ||
          (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path))) &&
        (filter.token === undefined || this.tokens.get(e) === filter.token),
    );
  }

  /** The most requests to `host` (or to any one host) that were ever in flight at the same time. */
  maxConcurrency(host?: string): number {
    if (host !== undefined) return this.peak.get(host) ?? 0;
    return Math.max(0, ...this.peak.values());
  }

  inFlightCount(host?: string): number {
    if (host !== undefined) return this.inFlight.get(host) ?? 0;
    return [...this.inFlight.values()].reduce((a, b) => a + b, 0);
  }

  clear(): void {
    this.entries = [];
    this.peak.clear();
    for (const [host, n] of this.inFlight) this.peak.set(host, n);
  }
}
