import { type FakeAnswer, json } from '../answer';
import { headerText, type ToolBook, type ToolRequest, type ToolServer } from './model';

const PAGE = 100;

/** `/public/v1/notifications?page=N`: the book's notices, newest first, 100 a page (Postiz's repository). */
function notices(book: ToolBook, url: URL): FakeAnswer {
  const page = Number(url.searchParams.get('page') ?? '0');
  if (!Number.isInteger(page) || page < 0) return json(400, { message: ['page must not be less than 0'] });
  const all = [...book.notices].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const slice = all.slice(page * PAGE, (page + 1) * PAGE);
  return json(200, {
    notifications: slice.map((n, i) => ({ id: `nt-${page}-${i}`, link: null, ...n })),
    total: all.length,
    page,
    limit: PAGE,
    hasMore: (page + 1) * PAGE < all.length,
  });
}

/** `/public/v1/posts?startDate&endDate` (both required): every post in the range, whatever its state. */
function posts(book: ToolBook, url: URL): FakeAnswer {
  const from = Date.parse(url.searchParams.get('startDate') ?? '');
  const to = Date.parse(url.searchParams.get('endDate') ?? '');
  if (Number.isNaN(from) || Number.isNaN(to))
    return json(400, { message: ['startDate must be a valid ISO 8601 date string'], statusCode: 400 });
  // Postiz's states for the statuses a test gives (any other is served upper-cased, as an unknown state).
  const state: Record<string, string> = {
    scheduled: 'QUEUE',
    published: 'PUBLISHED',
    error: 'ERROR',
    draft: 'DRAFT',
  };
  const inRange = book.posts.filter((p) => Date.parse(p.dueAt) >= from && Date.parse(p.dueAt) <= to);
  return json(200, {
    posts: inRange.map((p) => {
      const channel = book.channels.find((c) => c.id === p.channel);
      return {
        id: p.id,
        content: `<p>${p.text}</p>`,
        publishDate: new Date(p.dueAt).toISOString(),
        releaseURL: null,
        state: state[p.status ?? 'scheduled'] ?? (p.status ?? '').toUpperCase(),
        intervalInDays: null,
        group: `g-${p.id}`,
        integration: {
          id: p.channel,
          providerIdentifier: channel?.service ?? 'x',
          name: channel?.name ?? '',
        },
      };
    }),
  });
}

/**
 * Postiz's public API on api.postiz.com (`/public/v1/integrations`, `/notifications`, `/posts`; the key as
 * the whole `Authorization`), in the shapes of tests/fixtures/sources/postiz. A `locked` channel is
 * `disabled: true`.
 */
export function postizServer(book: ToolBook): ToolServer {
  return {
    hosts: ['api.postiz.com'],
    key: (headers) => headerText(headers, 'authorization').trim() || undefined,
    answer(request: ToolRequest): FakeAnswer {
      const path = request.url.pathname;
      if (!['/public/v1/integrations', '/public/v1/notifications', '/public/v1/posts'].includes(path))
        return json(404, { message: 'Cannot GET', statusCode: 404 });
      if (!request.key) return json(401, { msg: 'No API Key found' });
      const state = book.keyState(request.key);
      // Postiz's auth middleware: an exception while looking the key up ends in a bare 401.
      if (state === 'lookup-fails') return { status: 401, headers: {}, body: '' };
      if (state === 'unpaid') return json(401, { msg: 'No subscription found' });
      if (state !== 'good') return json(401, { msg: 'Invalid API key' });
      if (path === '/public/v1/notifications') return notices(book, request.url);
      if (path === '/public/v1/posts') return posts(book, request.url);
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
