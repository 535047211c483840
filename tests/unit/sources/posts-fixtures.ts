import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ToolId } from '@/lib/sources';
import type { Perform, SourceRequest, SourceResponse } from '@/lib/sources/types';
import { DEFAULT_NOW, loadSourceFixture } from './source-fixtures';

/** Where answers to a tool's `posts` are recorded: `tests/fixtures/posts/<tool>/*.json`. */
export const POSTS_FIXTURES_DIR = join(__dirname, '../../fixtures/posts');

/**
 * A recorded answer to a tool's `posts`: `source` (where the shape comes from), `answers: "posts"`, `now`
 * (optional), `channels` (the channel ids asked for), `response`, and `expect`, the whole `PostsResult`
 * without `requests`. A shape not read in the tool's docs or code says *inferred* and its name ends in
 * `.inferred.json`; each file is cited in docs/publishing-tools.md ("Recorded posts answers").
 */
const postsFixtureSchema = z.strictObject({
  source: z.string().min(10),
  answers: z.literal('posts'),
  now: z.iso.datetime({ offset: true }).optional(),
  channels: z.array(z.string()).optional(),
  response: z.strictObject({
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string()),
    body: z.unknown(),
  }),
  expect: z.union([
    z.strictObject({
      ok: z.literal(true),
      posts: z.array(z.record(z.string(), z.unknown())),
      totals: z.record(z.string(), z.number()).optional(),
    }),
    z.strictObject({ ok: z.literal(false), problem: z.string(), retryAfterMs: z.number().optional() }),
  ]),
});

export interface PostsFixture {
  tool: ToolId;
  name: string;
  source: string;
  now: Date;
  channels: string[];
  response: SourceResponse;
  expect: z.infer<typeof postsFixtureSchema>['expect'];
}

export function loadPostsFixtures(tool: ToolId): PostsFixture[] {
  return readdirSync(join(POSTS_FIXTURES_DIR, tool))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(POSTS_FIXTURES_DIR, tool, file), 'utf8'));
      const checked = postsFixtureSchema.safeParse(raw);
      if (!checked.success) throw new Error(`${tool}/${file}: ${z.prettifyError(checked.error)}`);
      const { response, ...rest } = checked.data;
      return {
        tool,
        name: file.replace(/\.json$/, ''),
        source: rest.source,
        now: new Date(rest.now ?? DEFAULT_NOW),
        channels: rest.channels ?? [],
        response: {
          status: response.status,
          headers: response.headers,
          body: typeof response.body === 'string' ? response.body : JSON.stringify(response.body),
        },
        expect: rest.expect,
      };
    });
}

const isPosts = (request: SourceRequest) => new URL(request.url).pathname.endsWith('/posts');

/**
 * Answers the fixture to the first page of posts, an empty page to any later one, and the tool's default
 * recording to anything else (Publer's workspaces); logs every request.
 */
export function postsPerform(fixture: PostsFixture): { perform: Perform; log: SourceRequest[] } {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    if (!isPosts(request)) {
      const name = new URL(request.url).pathname.split('/').pop() ?? '';
      return { ok: true, response: loadSourceFixture(fixture.tool, `${name}.json`).response };
    }
    const page = Number(new URL(request.url).searchParams.get('page') ?? '0');
    if (page > 0) return { ok: true, response: { status: 200, headers: {}, body: '[]' } };
    return { ok: true, response: fixture.response };
  };
  return { perform, log };
}
