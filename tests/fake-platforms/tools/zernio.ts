import { type FakeAnswer, json } from '../answer';
import { bearerKey, type ToolBook, type ToolRequest, type ToolServer } from './model';

/**
 * Zernio's `GET /api/v1/accounts/health` on zernio.com, in the shapes of tests/fixtures/sources/zernio. A
 * `disconnected` channel needs reconnecting (`tokenValid: false`, `needsReconnect: true`); `tokenExpiresAt`
 * is the channel's `expiresAt` when the test gives one.
 */
export function zernioServer(book: ToolBook): ToolServer {
  return {
    hosts: ['zernio.com'],
    key: bearerKey,
    rateLimited: (seconds) =>
      json(429, { error: 'Rate limit exceeded', details: { limit: 60 } }, { 'retry-after': String(seconds) }),
    answer(request: ToolRequest): FakeAnswer {
      if (request.method !== 'GET' || request.url.pathname !== '/api/v1/accounts/health')
        return json(404, { code: 'not_found', error: 'Not found' });
      if (book.keyState(request.key) !== 'good') return json(401, { error: 'Unauthorized' });
      const accounts = book.channels.map((c) => {
        const broken = c.state === 'disconnected';
        return {
          accountId: c.id,
          platform: c.service,
          username: c.handle ?? c.name,
          displayName: c.name,
          status: broken ? 'error' : 'healthy',
          canPost: !broken,
          tokenValid: !broken,
          ...(c.expiresAt ? { tokenExpiresAt: c.expiresAt } : {}),
          needsReconnect: broken,
          issues: broken ? ['Token expired'] : [],
        };
      });
      const broken = accounts.filter((a) => a.needsReconnect).length;
      return json(200, {
        summary: { total: accounts.length, healthy: accounts.length - broken, warning: 0, error: broken },
        accounts,
      });
    },
  };
}
