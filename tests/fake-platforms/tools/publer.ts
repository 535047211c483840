import { type FakeAnswer, json } from '../answer';
import { headerText, type ToolBook, type ToolRequest, type ToolServer } from './model';

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
      if (path !== '/api/v1/accounts') return json(404, { errors: ['Not found'] });
      const workspace = headerText(request.headers, 'publer-workspace-id');
      if (!book.organizations.some((o) => o.id === workspace))
        return json(403, { errors: ['Workspace not accessible'] });
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
