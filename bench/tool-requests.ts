import { SOURCES } from '../lib/sources';
import type { ToolId } from '../lib/sources/types';
import { startWorld } from '../tests/fake-platforms';
import { worldPerform } from '../tests/unit/sources/world-perform';

/**
 * Requests per sync of every tool on this branch, counted by running its real sync (and, when it lists posts,
 * its posts request for the broken channels) against the fake world: 1,000 channels in 10 organizations or
 * workspaces (where the tool has them), 10 broken (one per organization). Printed beside the limit each tool documents
 * (docs/publishing-tools.md); tools this branch does not have are listed with the limit their issue gives.
 */
const CHANNELS = 1_000;
const ORGANIZATIONS = 10;
const KEY = 'FAKE-KEY-bench-requests-01';

/** What each tool documents about its limit, and how many requests a 15-minute window allows when it says. */
export const TOOL_LIMITS: Record<string, { said: string; per15Min?: number }> = {
  buffer: { said: '100 per 15 min per client (Free: 250 a day)', per15Min: 100 },
  mixpost: { said: 'set by the instance (Laravel throttle), no number documented' },
  ayrshare: { said: 'no number documented (429 with x-ratelimit-*)' },
  publer: { said: 'no number documented' },
  postiz: { said: 'GET routes not throttled (only POST /public/v1/posts is)' },
  zernio: { said: '60 per minute on Free, 600 paid', per15Min: 900 },
  planable: { said: '600 GET per minute per token', per15Min: 9_000 },
  postfast: { said: '350 per hour on this route (60 a minute shared)', per15Min: 87 },
  hootsuite: { said: '20 per second, 100,000 a day', per15Min: 18_000 },
};

export interface ToolRequests {
  tool: string;
  /** Requests of one sync (channels, then posts of the broken ones); undefined: not on this branch. */
  requests?: number;
  posts?: number;
  said: string;
  per15Min?: number;
}

export async function benchToolRequests(): Promise<ToolRequests[]> {
  const world = await startWorld();
  const rows: ToolRequests[] = [];
  try {
    for (const id of Object.keys(SOURCES) as ToolId[]) {
      const tool = SOURCES[id];
      const fake = world.tools[id];
      fake.reset();
      fake.setKey(KEY);
      fake.setOrganizations(
        Array.from({ length: ORGANIZATIONS }, (_, i) => ({ id: `org-${i}`, name: `Team ${i}` })),
      );
      fake.setChannels(
        Array.from({ length: CHANNELS }, (_, i) => ({
          id: `ch-${i}`,
          service: 'facebook',
          name: `Channel ${i}`,
          handle: `channel${i}`,
          organization: `org-${i % ORGANIZATIONS}`,
          // ch-0, ch-101, … ch-909: one broken channel in each organization.
          state: i % 101 === 0 ? ('disconnected' as const) : ('connected' as const),
        })),
      );
      const ctx = {
        key: KEY,
        baseUrl: tool.address === 'required' ? 'https://social.example.test' : undefined,
        perform: worldPerform(world, 10_000),
        now: new Date(),
      };
      const synced = await tool.sync(ctx);
      let posts: number | undefined;
      if (synced.ok && tool.posts) {
        const broken = synced.channels.filter((c) => c.state === 'disconnected');
        const organizations = Object.fromEntries(
          broken.flatMap((c) => (c.organization ? [[c.externalId, c.organization.id]] : [])),
        );
        const asked = await tool.posts({
          ...ctx,
          channelIds: broken.map((c) => c.externalId),
          organizations,
        });
        posts = asked.requests;
      }
      rows.push({
        tool: tool.displayName,
        requests: synced.requests + (posts ?? 0),
        posts,
        ...TOOL_LIMITS[id]!,
      });
      fake.reset();
    }
  } finally {
    await world.close();
  }
  for (const [id, limit] of Object.entries(TOOL_LIMITS)) {
    if (!(id in SOURCES)) rows.push({ tool: id, ...limit });
  }
  return rows;
}
