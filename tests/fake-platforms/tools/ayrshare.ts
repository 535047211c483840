import { type FakeAnswer, json } from '../answer';
import { bearerKey, type ToolBook, type ToolRequest, type ToolServer } from './model';

/**
 * Ayrshare's `GET /api/user` on api.ayrshare.com, in the shapes of tests/fixtures/sources/ayrshare. A
 * disconnected channel is one Ayrshare unlinked (its docs: a connection that is no longer valid is unlinked
 * automatically): it leaves `activeSocialAccounts` and `displayNames`.
 */
export function ayrshareServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.ayrshare.com'],
    key: bearerKey,
    rateLimited: (seconds) => ({
      ...json(429, { action: 'request', status: 'error', code: 429, message: 'Too many requests.' }),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '0',
        // Milliseconds until the window resets, as Ayrshare documents it.
        'x-ratelimit-reset': String(seconds * 1000),
      },
    }),
    answer(request: ToolRequest): FakeAnswer {
      if (request.method !== 'GET' || request.url.pathname !== '/api/user')
        return json(404, { status: 'error', message: 'Not found' });
      if (book.keyState(request.key) === 'unpaid') {
        return json(402, { action: 'request', status: 'error', code: 402, message: 'Payment required.' });
      }
      if (book.keyState(request.key) !== 'good') {
        return json(401, {
          action: 'authorization',
          status: 'error',
          code: 102,
          message: 'API Key not valid.',
        });
      }
      const active = [
        ...new Set(book.channels.filter((c) => c.state !== 'disconnected').map((c) => c.service)),
      ];
      return json(200, {
        activeSocialAccounts: active,
        displayNames: book.channels
          .filter((c) => c.state !== 'disconnected')
          .map((c) => ({
            platform: c.service,
            displayName: c.name,
            ...(c.handle ? { username: c.handle } : {}),
            id: c.id,
            created: '2026-02-11T09:15:00.000Z',
            ...(c.refreshDaysRemaining === undefined ? {} : { refreshDaysRemaining: c.refreshDaysRemaining }),
          })),
        email: 'owner@example.test',
        refId: 'fake-ref-0001',
        title: 'Primary Profile',
      });
    },
  };
}
