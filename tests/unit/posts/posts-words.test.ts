import { describe, expect, it } from 'vitest';
import { postsLine } from '@/components/posts/posts-text';
import { badgeTitle } from '@/lib/background/badge-title';
import { notificationLine } from '@/lib/background/notification-text';
import { badgeState } from '@/lib/domain/badge';
import { postTimeText } from '@/lib/domain/post-time';
import { evaluateStatus } from '@/lib/domain/token-status';
import { postsNotifyText } from '@/lib/i18n/posts-words';
import type { PostsAtRiskView } from '@/lib/messaging/views';
import { translator } from '../i18n/catalogue';

/** Monday 7 December 2026, 12:00 UTC. */
const NOW = new Date('2026-12-07T12:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();
const en = { t: translator('en'), locale: 'en' };
const de = { t: translator('de'), locale: 'de' };

function view(count: number | null, ...dueAts: string[]): PostsAtRiskView {
  return { count, items: dueAts.map((dueAt) => ({ dueAt, text: 'Winter menu', tool: 'Buffer' })) };
}

describe('when a post goes out, in the person’s zone and language', () => {
  it.each([
    // Tuesday 10:00 in Berlin is 09:00 UTC: tomorrow there.
    ['2026-12-08T09:00:00Z', 'en-GB', 'Europe/Berlin', 'tomorrow 10:00'],
    ['2026-12-08T09:00:00Z', 'en-US', 'Europe/Berlin', 'tomorrow 10:00 AM'],
    ['2026-12-08T09:00:00Z', 'de', 'Europe/Berlin', 'morgen 10:00'],
    ['2026-12-08T09:00:00Z', 'fr', 'Europe/Paris', 'demain 10:00'],
    // The same instant is still Monday evening in Los Angeles (today there), Tuesday noon in Tokyo.
    ['2026-12-08T03:00:00Z', 'en-GB', 'America/Los_Angeles', 'today 19:00'],
    ['2026-12-08T03:00:00Z', 'en-GB', 'Asia/Tokyo', 'tomorrow 12:00'],
    // Later this week: the weekday ("next Mon" said on a Monday would read as a week later).
    ['2026-12-10T09:00:00Z', 'en-GB', 'Europe/Berlin', 'Thu 10:00'],
    ['2026-12-13T22:00:00Z', 'en-GB', 'Europe/Berlin', 'Sun 23:00'],
    // Beyond six days a weekday alone would be ambiguous: the date is said too.
    ['2026-12-14T09:00:00Z', 'en-GB', 'Europe/Berlin', 'Mon 14 Dec, 10:00'],
  ])('%s in %s, %s: %s', (dueAt, locale, zone, text) => {
    expect(postTimeText(new Date(dueAt), NOW, locale, zone).replace(/\u202f/g, ' ')).toBe(text);
  });
});

describe('the popup’s posts line', () => {
  const line = (v: PostsAtRiskView, status: Parameters<typeof postsLine>[1]['status'], i18n = en) =>
    postsLine(i18n, { posts: v, status, now: NOW, timeZone: 'Europe/Berlin' }).replace(/\u202f/g, ' ');

  it.each([
    [
      view(3, '2026-12-08T09:00:00Z'),
      'disconnected',
      '3 scheduled posts will fail · next: tomorrow 10:00 AM',
    ],
    [view(1, '2026-12-08T09:00:00Z'), 'expired', '1 scheduled post will fail · next: tomorrow 10:00 AM'],
    [view(2, hours(80)), 'expiring', '2 scheduled posts are due after it expires · next: Thu 9:00 PM'],
    [view(1, hours(2)), 'ok', '1 scheduled post at risk · next: today 3:00 PM'],
    [
      { ...view(3, hours(2)), partial: true as const },
      'disconnected',
      '3+ scheduled posts will fail · next: today 3:00 PM',
    ],
    // Unknown is never "0"; a known nothing says so.
    [view(null), 'disconnected', 'Scheduled posts: unknown'],
    [view(0), 'disconnected', 'No scheduled posts at risk'],
    // A next time already gone by (the posts were read before it) is not "next".
    [view(2, hours(-1)), 'disconnected', '2 scheduled posts will fail'],
  ] as const)('%j (%s): %s', (v, status, text) => {
    expect(line(v, status)).toBe(text);
  });

  it.each([
    [1, '1 geplanter Beitrag schlägt fehl · nächster: morgen 10:00'],
    [4, '4 geplante Beiträge schlagen fehl · nächster: morgen 10:00'],
    [1200, '1.200 geplante Beiträge schlagen fehl · nächster: morgen 10:00'],
  ])('in German, %i: %s', (count, text) => {
    expect(line(view(count, '2026-12-08T09:00:00Z'), 'disconnected', de)).toBe(text);
  });

  it.each([
    ['es', 'publicaciones programadas fallarán'],
    ['fr', 'publications programmées échoueront'],
    ['pt_BR', 'publicações agendadas vão falhar'],
  ])('in %s, plurals its own way', (locale, words) => {
    const i18n = { t: translator(locale), locale: locale.replace('_', '-') };
    expect(line(view(2, hours(5)), 'disconnected', i18n)).toContain(`2 ${words}`);
    expect(line(view(1, hours(5)), 'disconnected', i18n)).not.toContain(words);
  });
});

describe('the notification’s posts sentence: the count and how soon, never the text', () => {
  const line = (
    v: PostsAtRiskView | undefined,
    i18n = en,
    transition: 'disconnected' | 'expiring' | 'recovered' = 'disconnected',
  ) =>
    notificationLine(i18n.t, {
      name: 'Acme Coffee',
      platformName: 'Instagram',
      transition,
      reason: 'source-disconnected',
      tool: 'Buffer',
      ...(v
        ? {
            posts: {
              view: v,
              status: transition === 'expiring' ? 'expiring' : 'disconnected',
              now: NOW,
              locale: i18n.locale,
            },
          }
        : {}),
    });

  it('says how many will fail and when the next goes out', () => {
    const text = line(view(3, hours(5), hours(30)));
    expect(text).toMatch(
      /^Acme Coffee \(Instagram\) was disconnected: .*Buffer.*\. 3 scheduled posts will fail, the next in 5 hours\.$/,
    );
    expect(text).not.toContain('Winter menu');
  });

  it.each([
    [view(1, hours(5)), '1 scheduled post will fail, in 5 hours.'],
    [view(2, hours(50)), '2 scheduled posts will fail, the next in 2 days.'],
    [view(2, hours(-1)), '2 scheduled posts will fail.'],
  ])('%j: %s', (v, sentence) => {
    expect(line(v).endsWith(` ${sentence}`)).toBe(true);
  });

  it('in German, the relative time is German too', () => {
    expect(line(view(3, hours(5)), de)).toContain(
      '3 geplante Beiträge schlagen fehl, der nächste in 5 Stunden.',
    );
  });

  it('an expiring profile counts the posts after its expiry', () => {
    expect(line(view(2, hours(80)), en, 'expiring')).toContain(
      '2 scheduled posts are due after it expires, the next in 3 days.',
    );
  });

  it.each([
    ['unknown', view(null)],
    ['none', view(0)],
    ['not counted', undefined],
  ])('says nothing of posts when they are %s (never "0")', (_name, v) => {
    expect(line(v)).toBe(line(undefined));
    expect(v ? postsNotifyText(en.t, 'en', v, 'disconnected', NOW) : undefined).toBeUndefined();
  });

  it('a recovery costs nothing: no posts sentence', () => {
    expect(line(view(3, hours(5)), en, 'recovered')).toBe('Acme Coffee (Instagram) is connected again.');
  });
});

describe('the badge tooltip: the count of posts at risk only', () => {
  const entry = (name: string, status: 'expired' | 'expiring' | 'ok', postsAtRisk?: number) => {
    const expiresAt = status === 'expired' ? hours(-5) : status === 'expiring' ? hours(48) : hours(24 * 60);
    return {
      name,
      platformName: 'Instagram',
      verdict: evaluateStatus(
        {
          id: name,
          platform: 'instagram',
          name,
          hasToken: false,
          createdAt: hours(-100),
          updatedAt: hours(-100),
          expiresAt,
        },
        { warnDays: 7 },
        NOW,
      ),
      ...(postsAtRisk === undefined ? {} : { postsAtRisk }),
    };
  };

  it('adds up the posts of the profiles it names', () => {
    const title = badgeTitle(
      en.t,
      'en',
      badgeState([entry('A', 'expired', 3), entry('B', 'expiring', 2), entry('C', 'expiring')]),
    );
    expect(title.split('\n')).toContain('5 scheduled posts at risk');
  });

  it.each([
    [[entry('A', 'expired', 1)], '1 scheduled post at risk'],
    [[entry('A', 'expired', 0), entry('B', 'expired')], undefined],
  ])('%#: %s', (entries, line) => {
    const lines = badgeTitle(en.t, 'en', badgeState(entries)).split('\n');
    const posts = lines.find((l) => l.includes('scheduled post'));
    expect(posts).toBe(line);
  });

  it('counts in German plurals', () => {
    expect(badgeTitle(de.t, 'de', badgeState([entry('A', 'expired', 1)]))).toContain(
      '1 geplanter Beitrag gefährdet',
    );
    expect(badgeTitle(de.t, 'de', badgeState([entry('A', 'expired', 7)]))).toContain(
      '7 geplante Beiträge gefährdet',
    );
  });
});
