import { type FakeAnswer, json } from '../answer';
import {
  bearerKey,
  type FakeChannel,
  type FakePost,
  type ToolBook,
  type ToolRequest,
  type ToolServer,
} from './model';

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

interface PostsVariables {
  input?: { organizationId?: unknown; filter?: { channelIds?: unknown; status?: unknown } };
  first?: unknown;
  after?: unknown;
}

/**
 * Buffer's `posts(input, first, after)` (its published schema: `PostsInput`, `PostsResults`): the posts of
 * the organization's channels, filtered by `channelIds` and `status`, soonest `dueAt` first, `first` at a
 * time (Buffer's default when absent is not documented: 20 here), the cursor being the last post's id.
 */
function posts(book: ToolBook, variables: PostsVariables | undefined): FakeAnswer {
  const input = variables?.input;
  if (!book.organizations.some((o) => o.id === input?.organizationId))
    return error(200, 'NOT_FOUND', 'Organization not found');
  const inOrganization = new Set(book.inOrganization(String(input?.organizationId)).map((c) => c.id));
  const wanted = Array.isArray(input?.filter?.channelIds) ? new Set(input.filter.channelIds) : undefined;
  const statuses = Array.isArray(input?.filter?.status) ? input.filter.status : undefined;
  const all = book.posts
    .filter((p) => inOrganization.has(p.channel) && (!wanted || wanted.has(p.channel)))
    .filter((p) => !statuses || statuses.includes(p.status ?? 'scheduled'))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const first = typeof variables?.first === 'number' ? variables.first : 20;
  const start = typeof variables?.after === 'string' ? all.findIndex((p) => p.id === variables.after) + 1 : 0;
  const page = all.slice(start, start + first);
  const node = (p: FakePost) => ({
    id: p.id,
    channelId: p.channel,
    status: p.status ?? 'scheduled',
    dueAt: p.dueAt,
    text: p.text,
  });
  return json(200, {
    data: {
      posts: {
        edges: page.map((p) => ({ node: node(p), cursor: p.id })),
        pageInfo: {
          startCursor: page[0]?.id ?? null,
          endCursor: page.at(-1)?.id ?? null,
          hasPreviousPage: false,
          hasNextPage: start + first < all.length,
        },
      },
    },
  });
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
      let parsed: { query?: unknown; variables?: { input?: { organizationId?: unknown } } & PostsVariables };
      try {
        parsed = JSON.parse(request.body);
      } catch {
        return error(400, 'BAD_USER_INPUT', 'Body is not JSON');
      }
      const query = typeof parsed.query === 'string' ? parsed.query : '';
      if (query.includes('posts(')) return posts(book, parsed.variables);
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
