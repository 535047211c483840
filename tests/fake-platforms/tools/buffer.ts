import { type FakeAnswer, json } from '../answer';
import { bearerKey, type FakeChannel, type ToolBook, type ToolRequest, type ToolServer } from './model';

/**
 * Buffer's GraphQL API on api.buffer.com, in the shapes of tests/fixtures/sources/buffer: a wrong key is a
 * 401 UNAUTHENTICATED, a revoked one the older 200 + UNAUTHORIZED, an unknown organization NOT_FOUND.
 */
const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { data: null, errors: [{ message, extensions: { code } }] }, headers);

function render(c: FakeChannel) {
  return {
    id: c.id,
    name: c.handle ?? c.name,
    displayName: c.name,
    service: c.service,
    type: c.type ?? 'profile',
    avatar: 'https://buffer.example.test/avatar.png',
    serviceId: `svc-${c.id}`,
    isDisconnected: c.state === 'disconnected',
    isLocked: c.state === 'locked',
    isQueuePaused: c.queuePaused === true,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-11-20T08:30:00.000Z',
    organizationId: c.organization,
  };
}

export function bufferServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.buffer.com'],
    key: bearerKey,
    rateLimited: (seconds) =>
      error(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests', { 'retry-after': String(seconds) }),
    answer(request: ToolRequest): FakeAnswer {
      if (request.method !== 'POST' || !['/', '/graphql'].includes(request.url.pathname)) {
        return json(404, { message: 'Not found' });
      }
      const keyState = book.keyState(request.key);
      if (keyState === 'wrong')
        return error(401, 'UNAUTHENTICATED', 'Unauthorized: invalid or missing API key');
      if (keyState === 'revoked')
        return error(200, 'UNAUTHORIZED', 'You are not authorized to access this resource');
      let parsed: { query?: unknown; variables?: { input?: { organizationId?: unknown } } };
      try {
        parsed = JSON.parse(request.body);
      } catch {
        return error(400, 'BAD_USER_INPUT', 'Body is not JSON');
      }
      const query = typeof parsed.query === 'string' ? parsed.query : '';
      if (query.includes('channels(')) {
        const id = parsed.variables?.input?.organizationId;
        if (!book.organizations.some((o) => o.id === id))
          return error(200, 'NOT_FOUND', 'Organization not found');
        return json(200, { data: { channels: book.inOrganization(String(id)).map(render) } });
      }
      if (query.includes('organizations')) {
        return json(200, { data: { account: { organizations: book.organizations.map((o) => ({ ...o })) } } });
      }
      return error(400, 'GRAPHQL_VALIDATION_FAILED', 'Unknown query');
    },
  };
}
