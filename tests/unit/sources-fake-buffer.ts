import type { Perform, PerformResult, SourceRequest } from '@/lib/sources';

export interface FakeChannel {
  id: string;
  organizationId: string;
  service: string;
  name: string;
  displayName?: string;
  isDisconnected?: boolean;
  isLocked?: boolean;
  isQueuePaused?: boolean;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/**
 * Buffer's GraphQL API as a `perform` function, answering in its documented shapes (organizations, then the
 * channels of each). Tests change `channels`, set `fault` for the next answers, or `hold` requests.
 */
export function fakeBuffer(key: string) {
  const world = {
    key,
    organizations: [{ id: 'org-1', name: 'Example Bakery' }],
    channels: [] as FakeChannel[],
    /** Scheduled posts, answered to Buffer's `posts` query (all on one page). */
    posts: [] as { id: string; channelId: string; dueAt: string; text: string }[],
    /** Answers every request with this while set. */
    fault: undefined as FakeAnswer | undefined,
    /** Answers the `posts` query only with this while set. */
    postsFault: undefined as FakeAnswer | undefined,
    /** Requests matching this wait until `release` is called. */
    hold: undefined as ((request: SourceRequest) => boolean) | undefined,
    requests: [] as SourceRequest[],
    held: [] as (() => void)[],
  };

  const answer = (request: SourceRequest): FakeAnswer => {
    if (world.fault) return world.fault;
    if (request.headers.Authorization !== `Bearer ${world.key}`) {
      return {
        status: 401,
        body: { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] },
      };
    }
    const { query, variables } = JSON.parse(request.body ?? '{}') as {
      query: string;
      variables?: { input: { organizationId: string; filter?: { channelIds?: string[] } } };
    };
    if (query.includes('posts(')) {
      if (world.postsFault) return world.postsFault;
      const asked = new Set(variables?.input.filter?.channelIds ?? []);
      const edges = world.posts
        .filter((p) => asked.has(p.channelId))
        .map((p) => ({ node: { ...p, status: 'scheduled' }, cursor: p.id }));
      return { status: 200, body: { data: { posts: { edges, pageInfo: { hasNextPage: false } } } } };
    }
    if (query.includes('organizations')) {
      return { status: 200, body: { data: { account: { organizations: world.organizations } } } };
    }
    const organizationId = variables?.input.organizationId;
    const channels = world.channels
      .filter((c) => c.organizationId === organizationId)
      .map((c) => ({
        type: 'page',
        displayName: c.displayName ?? null,
        isDisconnected: false,
        isLocked: false,
        isQueuePaused: false,
        serviceId: `svc-${c.id}`,
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-11-20T08:30:00.000Z',
        ...c,
      }));
    return { status: 200, body: { data: { channels } } };
  };

  const perform: Perform = async (request): Promise<PerformResult> => {
    world.requests.push(request);
    if (world.hold?.(request)) await new Promise<void>((resolve) => world.held.push(resolve));
    const { status, headers = {}, body } = answer(request);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return {
      ok: true,
      response: { status, headers: { 'content-type': 'application/json', ...headers }, body: text },
    };
  };

  const release = () => {
    for (const resolve of world.held.splice(0)) resolve();
  };
  return { world, perform, release };
}

/** Waits until `condition` holds (a request reached the fake), a few event-loop turns at a time. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition never held');
}
