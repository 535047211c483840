import { request } from 'node:https';
import type { Perform } from '@/lib/sources/types';
import type { FakeWorld } from '../../fake-platforms';

/** Performs a source request against the fake world as the background would: real hostname, world's port. */
export function worldPerform(world: FakeWorld, timeoutMs = 2000): Perform {
  return (r) => {
    const { hostname, pathname, search } = new URL(r.url);
    return new Promise((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: world.port,
          servername: hostname,
          method: r.method,
          path: pathname + search,
          headers: { host: hostname, ...r.headers },
          rejectUnauthorized: false,
          agent: false,
          timeout: timeoutMs,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
            resolve({ ok: true, response: { status: res.statusCode ?? 0, headers, body } });
          });
        },
      );
      req.on('timeout', () => {
        req.destroy();
        resolve({ ok: false, kind: 'timeout', detail: `No answer in ${timeoutMs} ms` });
      });
      req.on('error', (error) => resolve({ ok: false, kind: 'network', detail: error.message }));
      req.end(r.body);
    });
  };
}
