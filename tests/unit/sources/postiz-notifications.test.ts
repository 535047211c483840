import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import { NOTICE_PAGES_MAX, readNoticePage } from '@/lib/sources/postiz/notifications';
import type { Perform, SourceResponse } from '@/lib/sources/types';
import { DEFAULT_NOW, FIXTURE_KEY, loadSourceFixture, requestName } from './source-fixtures';

const now = new Date(DEFAULT_NOW);
const integrations = loadSourceFixture('postiz', 'integrations.json');
const plain: Record<string, unknown>[] =
  'channels' in integrations.expect ? integrations.expect.channels : [];

/** Answers the recorded integrations, and `notices(page)` to each notices request. */
function world(notices: (page: number) => Awaited<ReturnType<Perform>>): {
  perform: Perform;
  pages: number[];
} {
  const pages: number[] = [];
  const perform: Perform = async (request) => {
    expect(request.url).not.toContain(FIXTURE_KEY);
    if (requestName('postiz', request) !== 'notifications')
      return { ok: true, response: integrations.response };
    const page = Number(new URL(request.url).searchParams.get('page'));
    pages.push(page);
    return notices(page);
  };
  return { perform, pages };
}

const json = (body: unknown, status = 200): Awaited<ReturnType<Perform>> => ({
  ok: true,
  response: { status, headers: {}, body: JSON.stringify(body) },
});
const refresh = (provider: string, createdAt: string) => ({
  id: 'n',
  content: `Could not refresh your ${provider} channel oops. Please go back to the system and connect it again https://postiz.example.test/launches`,
  createdAt,
});

describe('Postiz notices are a hint: they never fail the sync nor change a channel', () => {
  it('any answer to the notices keeps the complete channel list, states untouched, at most one notice added', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 100, max: 599 }),
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (status, body) => {
          const { perform, pages } = world(() => ({ ok: true, response: { status, headers: {}, body } }));
          const result = await SOURCES.postiz.sync({ key: FIXTURE_KEY, perform, now });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(pages.length).toBeLessThanOrEqual(NOTICE_PAGES_MAX);
          expect(result.requests).toBe(1 + pages.length);
          expect(result.channels.map(({ notices, refreshFailedAt, ...c }) => c)).toEqual(
            plain.map(({ notices, ...c }) => c),
          );
          for (const c of result.channels) expect(c.state).toBe('unknown');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a network failure or a timeout on the notices still gives the channels', async () => {
    for (const kind of ['network', 'timeout'] as const) {
      const { perform } = world(() => ({ ok: false, kind, detail: 'no answer' }));
      const result = await SOURCES.postiz.sync({ key: FIXTURE_KEY, perform, now });
      expect(result).toEqual({ ok: true, channels: plain, requests: 2 });
    }
  });

  it(`reads at most ${NOTICE_PAGES_MAX} pages even when Postiz always says there are more`, async () => {
    const { perform, pages } = world(() =>
      json({ notifications: [refresh('x', '2026-11-25T00:00:00.000Z')], hasMore: true }),
    );
    const result = await SOURCES.postiz.sync({ key: FIXTURE_KEY, perform, now });
    expect(pages).toEqual([0, 1]);
    expect(result.ok && result.channels.find((c) => c.service === 'x')?.refreshFailedAt).toBe(
      '2026-11-25T00:00:00.000Z',
    );
  });

  it('stops paging once a page reaches past the window, and asks nothing when Postiz lists no channel', async () => {
    const old = world(() =>
      json({ notifications: [refresh('x', '2026-09-01T00:00:00.000Z')], hasMore: true }),
    );
    await SOURCES.postiz.sync({ key: FIXTURE_KEY, perform: old.perform, now });
    expect(old.pages).toEqual([0]);
    const empty = loadSourceFixture('postiz', 'integrations-empty.json');
    let asked = 0;
    const result = await SOURCES.postiz.sync({
      key: FIXTURE_KEY,
      now,
      perform: async () => {
        asked += 1;
        return { ok: true, response: empty.response as SourceResponse };
      },
    });
    expect(result).toEqual({ ok: true, channels: [], requests: 1 });
    expect(asked).toBe(1);
  });
});

describe('readNoticePage', () => {
  it('keeps the newest refresh failure per provider inside 30 days, ignores other notices and bad entries', () => {
    const page = readNoticePage(
      {
        notifications: [
          refresh('linkedin', '2026-11-20T10:00:00.000Z'),
          refresh('LinkedIn', '2026-11-25T10:00:00+02:00'),
          { content: 'Could not refresh your instagram channel', createdAt: 'yesterday' },
          { content: 42, createdAt: '2026-11-25T00:00:00.000Z' },
          'not a notice',
          { content: 'We couldn’t post to x for Example', createdAt: '2026-11-25T00:00:00.000Z' },
          refresh('tiktok', '2026-10-27T11:59:59.000Z'),
          refresh('threads', '2026-10-27T12:00:00.000Z'),
        ],
        hasMore: false,
      },
      now,
    );
    expect(Object.fromEntries(page?.failures ?? [])).toEqual({
      linkedin: '2026-11-25T08:00:00.000Z',
      threads: '2026-10-27T12:00:00.000Z',
    });
    expect(page?.more).toBe(false);
  });

  it('is undefined for anything but a page of notices', () => {
    for (const body of [undefined, null, [], 'x', { notifications: {} }, { data: [] }])
      expect(readNoticePage(body, now)).toBeUndefined();
  });
});
