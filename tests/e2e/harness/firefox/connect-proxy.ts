import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  readonly port: number;
  /** `host:port` of every tunnel refused (a host the fake world does not play), in order. */
  readonly refused: readonly string[];
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy on a free port of 127.0.0.1 (RFC 9110, section 9.3.6): Firefox sends every https
 * request through it (the `network.proxy.*` prefs), and it tunnels the hosts `route` knows to a local port
 * (the fake world) and refuses the rest, so the browser keeps its real hostnames and nothing reaches the
 * internet. Plain http requests are refused too. Firefox's `--host-resolver-rules` has no equivalent.
 */
export async function startConnectProxy(route: (host: string) => number | undefined): Promise<ConnectProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    refused.push(`http ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const port = route(target.replace(/:\d+$/, '').toLowerCase());
    client.on('error', () => client.destroy());
    if (port === undefined) {
      refused.push(target);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
