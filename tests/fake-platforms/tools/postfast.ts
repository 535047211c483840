import { type FakeAnswer, json } from '../answer';
import { headerText, type ToolBook, type ToolRequest, type ToolServer } from './model';

/**
 * PostFast's `GET /social-media/my-social-accounts` on api.postfa.st (the key in `pf-api-key`), in the shapes
 * of tests/fixtures/sources/postfast. `disconnected` is `DISABLED` with `TOKEN_REVOKED`; `locked` is `DISABLED`
 * with `MANUAL` (a person paused it).
 */
export function postfastServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.postfa.st'],
    key: (headers) => headerText(headers, 'pf-api-key').trim() || undefined,
    rateLimited: (seconds) =>
      json(
        429,
        { statusCode: 429, message: 'ThrottlerException: Too Many Requests' },
        { 'retry-after-long': String(seconds) },
      ),
    answer(request: ToolRequest): FakeAnswer {
      if (request.url.pathname !== '/social-media/my-social-accounts')
        return json(404, { message: 'Cannot GET', error: 'Not Found', statusCode: 404 });
      if (book.keyState(request.key) !== 'good')
        return json(403, { message: 'Forbidden resource', error: 'Forbidden', statusCode: 403 });
      return json(
        200,
        book.channels.map((c) => ({
          id: c.id,
          platform: c.service,
          ...(c.handle ? { platformUsername: c.handle } : {}),
          displayName: c.name,
          connectionStatus: c.state === 'connected' ? 'CONNECTED' : 'DISABLED',
          ...(c.state === 'disconnected' ? { disabledReason: 'TOKEN_REVOKED' } : {}),
          ...(c.state === 'locked' ? { disabledReason: 'MANUAL' } : {}),
        })),
      );
    },
  };
}
