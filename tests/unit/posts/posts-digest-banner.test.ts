import { describe, expect, it } from 'vitest';
import { type BannerEntry, bannerText } from '@/lib/background/banner-text';
import { digestMessage } from '@/lib/background/digest';
import { digestPosts } from '@/lib/domain/digest';
import type { Profile } from '@/lib/domain/profile';
import type { SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';
import { t } from '../components/render';
import { english } from '../content/catalogue';
import { translator } from '../i18n/catalogue';

/** Monday 7 December 2026, 09:00 in Berlin (the digest's hour). */
const NOW = new Date('2026-12-07T08:00:00Z');
const ZONE = 'Europe/Berlin';

function buffer(
  state: SourceLink['state'],
  dueAts: string[],
  total = dueAts.length,
  notices?: ['paused'],
): SourceLink {
  return {
    sourceId: 'src-buffer',
    externalId: `ch-${dueAts.length}-${total}`,
    tool: 'Buffer',
    state,
    ...(notices ? { notices } : {}),
    reportedAt: '2026-12-07T07:00:00Z',
    posts: {
      fetchedAt: '2026-12-07T07:00:00Z',
      total,
      items: dueAts.map((dueAt) => ({ dueAt, text: 'Winter menu' })),
    },
  };
}

function entry(sources: SourceLink[], extra: Partial<Profile> = {}) {
  const profile: Profile = {
    id: crypto.randomUUID(),
    platform: 'instagram',
    name: 'Acme Coffee',
    hasToken: false,
    createdAt: '2026-09-01T00:00:00Z',
    updatedAt: '2026-09-01T00:00:00Z',
    sources,
    ...extra,
  };
  return { profile, verdict: evaluateStatus(profile, { warnDays: 7 }, NOW) };
}

describe('the weekly digest: posts at risk this week', () => {
  it.each([
    // Sunday 23:30 in Berlin is still this week; Monday 00:30 Berlin (Sunday 23:30 UTC) is the next.
    [
      'a broken profile’s posts due before the end of Sunday, in the person’s zone',
      [
        entry([
          buffer('disconnected', ['2026-12-08T09:00:00Z', '2026-12-13T22:30:00Z', '2026-12-13T23:30:00Z']),
        ]),
      ],
      2,
    ],
    [
      'a post already gone out does not count',
      [entry([buffer('disconnected', ['2026-12-07T07:59:00Z', '2026-12-09T09:00:00Z'])])],
      1,
    ],
    [
      'a paused queue’s posts count',
      [entry([buffer('connected', ['2026-12-09T09:00:00Z'], 1, ['paused'])])],
      1,
    ],
    ['a healthy profile costs nothing', [entry([buffer('connected', ['2026-12-09T09:00:00Z'])])], 0],
    [
      'a snoozed profile is left out, as from every notification',
      [
        entry([buffer('disconnected', ['2026-12-09T09:00:00Z'])], {
          snooze: { until: '2026-12-20T00:00:00Z', status: 'disconnected' },
        }),
      ],
      0,
    ],
    // 100 kept, all this week: the 50 beyond them may be this week too, and count (never too few).
    [
      'posts beyond those kept count while the last kept is this week',
      [entry([buffer('disconnected', ['2026-12-08T09:00:00Z', '2026-12-09T09:00:00Z'], 52)])],
      52,
    ],
    [
      'posts beyond a last kept one next week do not',
      [entry([buffer('disconnected', ['2026-12-08T09:00:00Z', '2026-12-15T09:00:00Z'], 52)])],
      1,
    ],
  ])('%s', (_name, entries, count) => {
    expect(digestPosts(entries, NOW, ZONE)).toBe(count);
  });

  it('an expiring profile counts only its posts after the expiry', () => {
    const expiring = entry([buffer('listed', ['2026-12-08T09:00:00Z', '2026-12-11T09:00:00Z'])], {
      expiresAt: '2026-12-10T00:00:00Z',
    });
    expect(expiring.verdict.status).toBe('expiring');
    expect(digestPosts([expiring], NOW, ZONE)).toBe(1);
  });

  const translate = (key: Parameters<typeof t>[0], subs?: string[]) => t(key, subs);
  it.each([
    [
      { ending: 1, broken: 2, posts: 5 },
      'This week: 1 connection ends, 2 are broken\n5 scheduled posts at risk this week.',
    ],
    [
      { ending: 0, broken: 1, posts: 1 },
      'This week: 0 connections end, 1 is broken\n1 scheduled post at risk this week.',
    ],
    [
      { ending: 0, broken: 0, posts: 2 },
      'This week: no connection ends and none is broken.\n2 scheduled posts at risk this week.',
    ],
    [{ ending: 0, broken: 1, posts: 0 }, 'This week: 0 connections end, 1 is broken'],
  ])('%j reads %j', (counts, text) => {
    expect(digestMessage(counts, translate, 'en')).toBe(text);
  });

  it('in French', () => {
    const fr = translator('fr');
    expect(digestMessage({ ending: 0, broken: 1, posts: 3 }, (k, s) => fr(k, s), 'fr')).toContain(
      '3 publications programmées menacées cette semaine.',
    );
  });
});

describe('a site’s banner: the count of posts, never a post', () => {
  const row = (o: Partial<BannerEntry>) =>
    bannerText(
      {
        profiles: [
          {
            id: 'a',
            platform: 'instagram',
            name: 'Acme Coffee',
            status: 'disconnected',
            reasonTitle: 'Broken in Buffer',
            reconnectUrl: '',
            ...o,
          },
        ],
        total: 1,
      },
      ['facebook', 'instagram'],
      english,
    )!.rows[0]!;

  it.each([
    [{ postsAtRisk: 3 }, 'Instagram · Disconnected · 3 scheduled posts will fail'],
    [
      { postsAtRisk: 1, status: 'expiring' as const },
      'Instagram · Expiring soon · 1 scheduled post is due after it expires',
    ],
    [{}, 'Instagram · Disconnected'],
    [{ postsAtRisk: 0 }, 'Instagram · Disconnected'],
  ])('%j: %s', (o, meta) => {
    expect(row(o).meta).toBe(meta);
  });
});
