import { type FakeAnswer, json } from '../answer';
import { bearerKey, type ToolBook, type ToolRequest, type ToolServer } from './model';

/** The self-hosted instance the fake world plays: Mixpost at its default core path `/mixpost`. */
export const MIXPOST_HOST = 'social.example.test';

/**
 * Mixpost's API (`/mixpost/api/workspaces`, `/mixpost/api/{uuid}/accounts`), in the shapes of
 * tests/fixtures/sources/mixpost. A disconnected channel is `authorized: false`. Without a workspace list
 * (`book.workspaceList = false`, Mixpost Pro 4) the list route is Laravel's 404.
 */
export function mixpostServer(book: ToolBook): ToolServer {
  return {
    hosts: [MIXPOST_HOST],
    key: bearerKey,
    answer(request: ToolRequest): FakeAnswer {
      const path = request.url.pathname;
      if (!path.startsWith('/mixpost/api/')) return json(404, { message: 'Not Found' });
      if (book.keyState(request.key) !== 'good') return json(401, { message: 'Unauthenticated.' });
      if (path === '/mixpost/api/workspaces' && book.workspaceList) {
        return json(200, {
          data: book.organizations.map((o) => ({ uuid: o.id, name: o.name, hex_color: '#4f46e5' })),
        });
      }
      const workspace = /^\/mixpost\/api\/([^/]+)\/accounts$/.exec(path)?.[1];
      if (!workspace) return json(404, { message: 'Not Found' });
      if (!book.organizations.some((o) => o.id === workspace))
        return json(404, { message: 'Workspace not found.' });
      const onlyLost = request.url.searchParams.get('unauthorized') === '1';
      return json(200, {
        data: book
          .inOrganization(workspace)
          .filter((c) => !onlyLost || c.state === 'disconnected')
          .map((c, index) => ({
            id: index + 1,
            uuid: c.id,
            name: c.name,
            username: c.handle ?? null,
            image: null,
            provider: c.service,
            provider_name: c.service,
            authorized: c.state !== 'disconnected',
            created_at: '2 days ago',
          })),
      });
    },
  };
}
