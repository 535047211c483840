import { type FakeAnswer, json } from '../answer';
import { headerText, type ToolBook, type ToolRequest, type ToolServer } from './model';

const PAGE = 20;

/**
 * `/api/v1/posts?state=scheduled&from&to&page&account_ids[]` in one workspace (Publer API reference, Posts):
 * `{ posts, total }`, 20 a page (the page size is not documented; any size works with the reader).
 */
function posts(book: ToolBook, workspace: string, url: URL): FakeAnswer {
  const from = Date.parse(url.searchParams.get('from') ?? '');
  const to = Date.parse(url.searchParams.get('to') ?? '');
  const page = Number(url.searchParams.get('page') ?? '0');
  const accounts = url.searchParams.getAll('account_ids[]');
  const here = new Set(book.inOrganization(workspace).map((c) => c.id));
  const wanted = book.posts.filter(
    (p) =>
      here.has(p.channel) &&
      (accounts.length === 0 || accounts.includes(p.channel)) &&
      (url.searchParams.get('state') !== 'scheduled' || (p.status ?? 'scheduled') === 'scheduled') &&
      (Number.isNaN(from) || Date.parse(p.dueAt) >= from) &&
      (Number.isNaN(to) || Date.parse(p.dueAt) <= to),
  );
  return json(200, {
    posts: wanted.slice(page * PAGE, (page + 1) * PAGE).map((p) => ({
      id: p.id,
      text: p.text,
      state: p.status ?? 'scheduled',
      type: 'status',
      scheduled_at: new Date(p.dueAt).toISOString(),
      account_id: p.channel,
    })),
    total: wanted.length,
  });
}

/**
 * Publer's API on app.publer.com (`/api/v1/workspaces`, `/api/v1/accounts` with `Publer-Workspace-Id`), in
 * the shapes of tests/fixtures/sources/publer. List-only: the state of a channel is not in its answer.
 */
export function publerServer(book: ToolBook): ToolServer {
  return {
    hosts: ['app.publer.com'],
    key: (headers) => /^Bearer-API\s+(\S+)$/i.exec(headerText(headers, 'authorization'))?.[1],
    answer(request: ToolRequest): FakeAnswer {
      const path = request.url.pathname;
      if (!path.startsWith('/api/v1/')) return json(404, { errors: ['Not found'] });
      if (book.keyState(request.key) !== 'good') return json(401, { errors: ['Invalid API key'] });
      if (path === '/api/v1/workspaces') {
        return json(
          200,
          book.organizations.map((o) => ({
            id: o.id,
            name: o.name,
            owner: { id: 'u1', email: 'owner@example.test' },
          })),
        );
      }
      if (path !== '/api/v1/accounts' && path !== '/api/v1/posts')
        return json(404, { errors: ['Not found'] });
      const workspace = headerText(request.headers, 'publer-workspace-id');
      if (!book.organizations.some((o) => o.id === workspace))
        return json(403, { errors: ['Workspace not accessible'] });
      if (path === '/api/v1/posts') return posts(book, workspace, request.url);
      return json(
        200,
        book.inOrganization(workspace).map((c) => ({
          id: c.id,
          provider: c.service,
          name: c.name,
          social_id: `social-${c.id}`,
          picture: 'https://publer.example.test/p.png',
          type: c.type ?? 'profile',
        })),
      );
    },
  };
}
