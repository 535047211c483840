import { type FakeAnswer, json } from '../answer';
import { bearerKey, type ToolBook, type ToolRequest, type ToolServer } from './model';

const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) => ({
  ...json(status, { error: { code, message, requestId: 'req_FAKE_0001' } }),
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
});

/** `offset`/`limit` of Planable's lists (limit at most 100), with its `pagination` object. */
function paged(request: ToolRequest, items: unknown[]): FakeAnswer {
  const offset = Math.max(0, Number(request.url.searchParams.get('offset') ?? 0) || 0);
  const limit = Math.min(100, Math.max(1, Number(request.url.searchParams.get('limit') ?? 20) || 20));
  const data = items.slice(offset, offset + limit);
  return json(200, { data, pagination: { offset, limit, hasMore: offset + limit < items.length } });
}

/**
 * Planable's public API on api.planable.io (`/api/v1/workspaces`, `/api/v1/pages`, `/api/v1/posts`, the
 * `pln_…` token as a Bearer header), in the shapes of tests/fixtures/sources/planable. A page's
 * `isConnected` is its state; the fake schedules no posts (an empty list).
 */
export function planableServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.planable.io'],
    key: bearerKey,
    // Planable sends no Retry-After: the wait is in X-RateLimit-Reset (Unix seconds).
    rateLimited: (seconds) =>
      error(429, 'RATE_LIMITED', 'Rate limit exceeded', {
        'x-ratelimit-limit': '600',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + seconds),
      }),
    answer(request: ToolRequest): FakeAnswer {
      const path = request.url.pathname;
      if (request.method !== 'GET' || !path.startsWith('/api/v1/'))
        return error(404, 'NOT_FOUND', 'Route not found');
      if (book.keyState(request.key) !== 'good')
        return error(401, 'UNAUTHORIZED', 'Invalid or expired API token');
      if (path === '/api/v1/workspaces') {
        return json(200, {
          data: book.organizations.map((o) => ({
            id: o.id,
            name: o.name,
            companyId: 'cmp_fake',
            timezone: 'UTC',
          })),
        });
      }
      if (path === '/api/v1/pages') {
        return paged(
          request,
          book.channels.map((c) => ({
            id: c.id,
            name: c.name,
            platform: c.service,
            workspaceId: c.organization,
            createdAt: '2026-01-05T10:00:00.000Z',
            isConnected: c.state !== 'disconnected',
            profilePicture: null,
            link: null,
          })),
        );
      }
      if (path === '/api/v1/posts') {
        const workspace = request.url.searchParams.get('workspaceId');
        if (!workspace) return error(400, 'VALIDATION_ERROR', 'workspaceId is required');
        return paged(request, []);
      }
      return error(404, 'NOT_FOUND', 'Route not found');
    },
  };
}
