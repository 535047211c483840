import { type FakeAnswer, json } from '../answer';
import { headerText, type ToolBook, type ToolRequest, type ToolServer } from './model';

/**
 * Postiz's public API on api.postiz.com (`/public/v1/integrations`, the key as the whole `Authorization`),
 * in the shapes of tests/fixtures/sources/postiz. A `locked` channel is `disabled: true`.
 */
export function postizServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.postiz.com'],
    key: (headers) => headerText(headers, 'authorization').trim() || undefined,
    answer(request: ToolRequest): FakeAnswer {
      if (request.url.pathname !== '/public/v1/integrations')
        return json(404, { message: 'Cannot GET', statusCode: 404 });
      if (!request.key) return json(401, { msg: 'No API Key found' });
      const state = book.keyState(request.key);
      // Postiz's auth middleware: an exception while looking the key up ends in a bare 401.
      if (state === 'lookup-fails') return { status: 401, headers: {}, body: '' };
      if (state === 'unpaid') return json(401, { msg: 'No subscription found' });
      if (state !== 'good') return json(401, { msg: 'Invalid API key' });
      return json(
        200,
        book.channels.map((c) => ({
          id: c.id,
          name: c.name,
          identifier: c.service,
          picture: 'https://postiz.example.test/p.png',
          disabled: c.state === 'locked',
          profile: c.handle ?? c.name,
        })),
      );
    },
  };
}
