import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { FakeAnswer } from './answer';
import { type ApiRoute, isApiHost, matchApiRoute } from './api-routes';
import { selfSignedCertificate } from './certificate';
import { type Fault, FaultBook, type FaultOptions } from './faults';
import { recordedAnswer } from './fixture-answers';
import { SITE_HOSTS, worldHosts } from './hosts';
import { type LoggedRequest, type RequestFilter, RequestLog } from './request-log';
import { sitePage } from './sites';
import { SUPPORTED_STATES, type TokenSpec, type TokenState } from './tokens';
import { createTools, type FakeTools } from './tools';

export interface FakeWorld {
  /** The local port every mapped hostname resolves to. */
  readonly port: number;
  /** Every hostname the browser must map to this world (`--host-resolver-rules`). */
  readonly hosts: readonly string[];
  /** The publishing tools' APIs (Buffer, Mixpost, Ayrshare, Publer, Postiz): see README, "Publishing tools". */
  readonly tools: FakeTools;
  /** Registers (or changes) a token. Throws when the platform cannot express the state. */
  setToken(token: string, spec: TokenSpec): void;
  /** Changes only the state of a known token. */
  setState(token: string, state: TokenState): void;
  /** Injects a fault; returns a function that removes it. */
  fault(fault: Fault, options?: FaultOptions): () => void;
  clearFaults(): void;
  /** Requests received so far (tokens masked), optionally filtered. */
  requests(filter?: RequestFilter): LoggedRequest[];
  /** The most requests to one host (or to any host) in flight at the same time. */
  maxConcurrency(host?: string): number;
  /** Requests in flight now (a hung request counts until its connection closes). */
  inFlight(host?: string): number;
  /** Forgets the request log and the concurrency peaks. */
  clearLog(): void;
  close(): Promise<void>;
}

const SITES = new Set<string>(SITE_HOSTS);

/** Starts the fake platform world on a random free port of 127.0.0.1. */
export async function startWorld(): Promise<FakeWorld> {
  const hosts = worldHosts();
  const tokens = new Map<string, TokenSpec>();
  const faults = new FaultBook();
  const log = new RequestLog();
  const tools = createTools((fault, options) => faults.add(fault, options));
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function apiAnswer(route: ApiRoute, token: string | undefined): FakeAnswer {
    const known = token === undefined ? undefined : tokens.get(token);
    const spec = known && route.accepts(known) ? known : undefined;
    const state: TokenState = spec?.state ?? 'invalid';
    const now = new Date();
    const built = () => route.answer({ state, spec, now });
    // Recorded answers first, except where the answer names a chosen account.
    if (state === 'valid' && spec?.account !== undefined) return built();
    const file = route.recording(state, spec);
    const folder = route.fixtureFolder?.(spec) ?? route.fixturePlatform;
    return (file && recordedAnswer(folder, file, token, now)) || built();
  }

  /** A fault's answer: the platform's recorded one when there is one (same case names), else a generic one. */
  function faultAnswer(
    fault: Exclude<Fault, { kind: 'delay' | 'hang' | 'drop' }>,
    route: ApiRoute | undefined,
    token: string | undefined,
  ): FakeAnswer {
    const recorded = (name: string) =>
      route && recordedAnswer(route.fixturePlatform, `${route.prefix}${name}`, token ?? '');
    switch (fault.kind) {
      case 'server-error': {
        const status = fault.status ?? 500;
        const answer = recorded('server-error');
        if (answer && answer.status >= 500) return { ...answer, status };
        return {
          status,
          headers: { 'content-type': 'application/json' },
          body: { error: { message: 'An unexpected error has occurred. Please retry your request later.' } },
        };
      }
      case 'rate-limit': {
        const retryAfter = { 'retry-after': String(fault.retryAfterSeconds) };
        const answer = recorded('rate-limited');
        if (answer?.status === 429) return { ...answer, headers: { ...answer.headers, ...retryAfter } };
        return {
          status: 429,
          headers: { 'content-type': 'application/json', ...retryAfter },
          body: { title: 'Too Many Requests', status: 429, detail: 'Too Many Requests' },
        };
      }
      case 'garbage':
        return (
          recorded('garbage') ?? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: '<html>\u0000{"id": oops',
          }
        );
    }
  }

  function send(res: ServerResponse, answer: FakeAnswer): void {
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  /** Whether the token travelled in the URL (where logs and history keep it), not in a header. */
  function tokenInUrl(url: URL, token: string | undefined): boolean {
    if (!token) return false;
    // debug_token's `input_token` names the token being inspected: a query parameter by the API's design.
    const params = [...url.searchParams].filter(([name]) => name !== 'input_token');
    return url.pathname.includes(token) || params.some(([, value]) => value.includes(token));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const tool = tools.owns(host);
    const route = tool ? undefined : matchApiRoute(host, url.pathname);
    const token = tool ? tools.key(host, req.headers) : route?.token(url, req.headers);
    const { delayMs, fault } = faults.take(host);
    const entry = log.start(
      {
        host,
        method: req.method ?? 'GET',
        path: url.pathname,
        platform: route ? tokens.get(token ?? '')?.platform : undefined,
        endpoint: route?.endpoint,
        tokenInUrl: tokenInUrl(url, token),
        fault:
          [delayMs ? `delay ${delayMs} ms` : '', fault?.kind ?? ''].filter(Boolean).join(', ') || undefined,
      },
      token,
    );
    res.on('close', () => log.finish(entry, 'aborted'));
    if (delayMs > 0) await sleep(delayMs);
    if (closed || res.destroyed) return;
    if (fault?.kind === 'hang') return log.finish(entry, 'hung');
    if (fault?.kind === 'drop') {
      log.finish(entry, 'dropped');
      req.socket.destroy();
      return;
    }
    if (tool && !fault) {
      const toolAnswer = await tools.answer(host, req, url);
      if (toolAnswer.drop) {
        log.finish(entry, 'dropped');
        req.socket.destroy();
        return;
      }
      log.finish(entry, toolAnswer.status);
      return send(res, toolAnswer);
    }
    const answer = fault
      ? (tool && tools.faultAnswer(host, fault)) || faultAnswer(fault, route, token)
      : route
        ? apiAnswer(route, token)
        : SITES.has(host) || (hosts.includes(host) && !isApiHost(host))
          ? sitePage(host, url.pathname)
          : { status: 404, headers: { 'content-type': 'application/json' }, body: { error: 'not found' } };
    log.finish(entry, answer.status);
    send(res, answer);
  }

  const server: Server = createServer(selfSignedCertificate(hosts), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error: String(error) } });
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  function setToken(token: string, spec: TokenSpec): void {
    if (!SUPPORTED_STATES[spec.platform].includes(spec.state)) {
      throw new Error(`The fake ${spec.platform} API cannot answer "${spec.state}"`);
    }
    tokens.set(token, spec);
  }

  return {
    port,
    hosts,
    tools: tools.tools,
    setToken,
    setState(token, state) {
      const spec = tokens.get(token);
      if (!spec) throw new Error('setState: unknown token (register it with setToken first)');
      setToken(token, { ...spec, state });
    },
    fault: (fault, options) => faults.add(fault, options),
    clearFaults: () => faults.clear(),
    requests: (filter) => log.matching(filter),
    maxConcurrency: (host) => log.maxConcurrency(host),
    inFlight: (host) => log.inFlightCount(host),
    clearLog: () => log.clear(),
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await done;
    },
  };
}
