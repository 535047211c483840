import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST_TEXT_MAX, storedPostSchema } from '@/lib/domain/source-record';
import { SOURCES } from '@/lib/sources';
import { loadPostsFixtures, postsPerform } from './posts-fixtures';
import { FIXTURE_BASE, FIXTURE_KEY } from './source-fixtures';

const TOOLS = ['postiz', 'publer'] as const;
const fixtures = TOOLS.flatMap((tool) => loadPostsFixtures(tool));
const DOC = readFileSync(join(__dirname, '../../../docs/publishing-tools.md'), 'utf8');
/** `| \`posts/tool/name.json\` | source |` rows of docs/publishing-tools.md. */
const CITED = new Map(
  [...DOC.matchAll(/^\| `posts\/([a-z]+\/[a-z0-9.-]+\.json)` \| (.+) \|$/gm)].map((m) => [m[1]!, m[2]!]),
);

describe('every recorded posts answer cites its public source, and says when its shape is inferred', () => {
  it.each(fixtures.map((f) => [`${f.tool}/${f.name}.json`, f] as const))('%s', (file, fixture) => {
    expect(CITED.get(file), `${file} is not cited in docs/publishing-tools.md`).toMatch(
      /\]\(https:\/\/|^generic:/,
    );
    expect(fixture.name.endsWith('.inferred')).toBe(/inferred/i.test(fixture.source));
  });

  it('the docs name no posts recording that does not exist', () => {
    const files = fixtures.map((f) => `${f.tool}/${f.name}.json`);
    expect(CITED.size).toBeGreaterThan(0);
    for (const file of CITED.keys()) expect(files).toContain(file);
  });
});

describe('the tools read their recorded posts answers as recorded', () => {
  it.each(fixtures.map((f) => [`${f.tool}/${f.name}`, f] as const))('%s', async (_name, fixture) => {
    const posts = SOURCES[fixture.tool].posts;
    if (!posts) throw new Error(`${fixture.tool} lists no posts`);
    const { perform, log } = postsPerform(fixture);
    const result = await posts({
      key: FIXTURE_KEY,
      baseUrl: FIXTURE_BASE[fixture.tool],
      perform,
      now: fixture.now,
      channelIds: fixture.channels,
    });
    expect(result.requests).toBe(log.length);
    for (const request of log) {
      expect(request.url).not.toContain(FIXTURE_KEY);
      expect(request.url.startsWith('https://')).toBe(true);
    }
    if (fixture.expect.ok) {
      expect(result).toEqual({ ...fixture.expect, requests: log.length });
      if (!result.ok) return;
      for (const post of result.posts) {
        // What a link may store: the schema every stored post must pass.
        expect(storedPostSchema.safeParse(post).success).toBe(true);
        expect(post.text.length).toBeLessThanOrEqual(POST_TEXT_MAX);
      }
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toBe(fixture.expect.problem);
      expect(result.retryAfterMs).toBe(fixture.expect.retryAfterMs);
      expect(result.detail).not.toContain(FIXTURE_KEY);
    }
  });
});
