import { describe, expect, it, vi } from 'vitest';
import { acceptStatePort } from '@/lib/background/ports';
import type { ProfileInput } from '@/lib/domain/profile';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { listProfiles, updateProfile } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from '../background/context';

const DAY = 86_400_000;
const NOW = '2026-11-26T12:00:00Z';
const inDays = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();

const tab = (url: string, frameId = 0) => ({ id: 'test-extension-id', url, tab: { id: 7 }, frameId });
const facebookTab = tab('https://www.facebook.com/');
const linkedinTab = tab('https://www.linkedin.com/feed/');

const PEOPLE: ProfileInput[] = [
  { platform: 'facebook', name: 'Acme Coffee', expiresAt: inDays(-1), notes: 'private note' },
  { platform: 'facebook', name: 'Acme Bakery', expiresAt: inDays(2) },
  { platform: 'facebook', name: 'Acme Tea', expiresAt: inDays(5) },
  { platform: 'facebook', name: 'Acme Fine', expiresAt: inDays(40) },
  { platform: 'instagram', name: 'acme.gram', expiresAt: inDays(-3) },
  {
    platform: 'linkedin',
    name: 'Acme Corp',
    expiresAt: inDays(-2),
    reconnectUrl: 'https://publisher.example/li',
  },
];

async function seeded() {
  const clock = testClock(NOW);
  const bg = backgroundFor(clock);
  for (const profile of PEOPLE) await bg.data({ type: 'save-profile', profile });
  const banner = async (sender: object, site: 'facebook' | 'linkedin' | 'instagram' = 'facebook') => {
    const answer = await bg.request({ type: 'banner-state', site }, sender);
    if (!answer.ok) throw new Error(answer.error);
    // The rows it lists and how many need attention in all, read back from the words.
    const text = answer.data.banner;
    return { text, profiles: text?.rows ?? [], total: text ? text.rows.length + text.more : 0 };
  };
  return { bg, clock, banner };
}

describe('what the background tells a page’s banner', () => {
  it('lists the site’s platforms that need reconnecting or expire within bannerDays, most urgent first', async () => {
    const { banner } = await seeded();
    const data = await banner(facebookTab);
    expect(data.total).toBe(3);
    expect(data.profiles.map((p) => [p.name, p.meta, p.status])).toEqual([
      ['acme.gram', 'Instagram · Expired', 'expired'],
      ['Acme Coffee', 'Facebook · Expired', 'expired'],
      ['Acme Bakery', 'Facebook · Expiring soon', 'expiring'],
    ]);
    expect(data.text?.heading).toBe('3 Facebook and Instagram profiles need reconnecting');
    expect((await banner(linkedinTab, 'linkedin')).profiles.map((p) => p.name)).toEqual(['Acme Corp']);
  });

  it('gives a page only the banner’s words: names, platform, status, reason title and reconnect URL', async () => {
    const { banner } = await seeded();
    const data = await banner(linkedinTab, 'linkedin');
    expect(data.profiles).toEqual([
      {
        id: expect.any(String),
        name: 'Acme Corp',
        status: 'expired',
        meta: 'LinkedIn · Expired',
        reasonTitle: 'Connection expired',
        reconnectUrl: 'https://publisher.example/li',
        reconnectLabel: 'Reconnect Acme Corp (opens in a new tab)',
      },
    ]);
    expect(Object.keys(data.text ?? {}).sort()).toEqual(['heading', 'labels', 'more', 'rows']);
    const facebook = await banner(facebookTab);
    expect(JSON.stringify(facebook)).not.toContain('private note');
  });

  it('follows bannerDays, and shows nothing on a site whose banners are off', async () => {
    const { bg, banner } = await seeded();
    await bg.data({ type: 'save-settings', settings: { ...DEFAULT_SETTINGS, bannerDays: 0 } });
    expect((await banner(facebookTab)).total).toBe(2);
    await bg.data({
      type: 'save-settings',
      settings: { ...DEFAULT_SETTINGS, banners: { ...DEFAULT_SETTINGS.banners, facebook: false } },
    });
    expect((await banner(facebookTab)).text).toBeNull();
    expect((await banner(linkedinTab, 'linkedin')).total).toBe(1);
  });

  it('Snooze 1 day hides the site’s banner for a day, and only that site’s', async () => {
    const { bg, clock, banner } = await seeded();
    expect(await bg.request({ type: 'banner-snooze', site: 'facebook', days: 1 }, facebookTab)).toEqual({
      ok: true,
      data: { snoozed: 3 },
    });
    expect((await banner(facebookTab)).total).toBe(0);
    expect((await banner(linkedinTab, 'linkedin')).total).toBe(1);
    clock.advance(DAY + 60_000);
    expect((await banner(facebookTab)).total).toBeGreaterThan(0);
  });

  it('Dismiss hides it until a profile’s status changes', async () => {
    const { bg, clock, banner } = await seeded();
    await bg.data({ type: 'delete-profile', id: (await banner(facebookTab)).profiles[0]!.id });
    expect(await bg.request({ type: 'banner-dismiss', site: 'facebook' }, facebookTab)).toMatchObject({
      ok: true,
    });
    expect((await banner(facebookTab)).total).toBe(0);
    clock.advance(3 * DAY);
    // Acme Bakery went from expiring to expired, and Acme Tea (never dismissed) came within bannerDays;
    // Acme Coffee is still expired as it was when dismissed, and stays out.
    expect((await banner(facebookTab)).profiles.map((p) => p.name)).toEqual(['Acme Bakery', 'Acme Tea']);
  });
});

describe('answering banners from memory', () => {
  it('gives each status as of the request, though the profiles were read earlier', async () => {
    const { banner, clock } = await seeded();
    expect((await banner(facebookTab)).profiles.map((p) => [p.name, p.status])).toContainEqual([
      'Acme Bakery',
      'expiring',
    ]);
    clock.advance(2.5 * DAY);
    expect((await banner(facebookTab)).profiles.map((p) => [p.name, p.status])).toContainEqual([
      'Acme Bakery',
      'expired',
    ]);
  });

  it('reads again behind an answer from memory, and announces a change written but not yet announced', async () => {
    const { banner } = await seeded();
    await banner(facebookTab);
    await banner(facebookTab);
    const postMessage = vi.fn();
    acceptStatePort({
      name: 'state-changes',
      postMessage,
      onDisconnect: { addListener: () => undefined },
      onMessage: { addListener: () => undefined },
    } as never);
    const coffee = (await listProfiles()).profiles.find((p) => p.name === 'Acme Coffee')!;
    // A write that no reconcile follows (none in the product does without one; this one is the worst case).
    await updateProfile(coffee.id, (p) => ({ ...p, name: 'Acme Roastery' }));
    await banner(facebookTab);
    await vi.waitFor(() => expect(postMessage).toHaveBeenCalledWith({ type: 'state-changed' }));
    expect((await banner(facebookTab)).profiles.map((p) => p.name)).toContain('Acme Roastery');
  });
});

describe('what the background refuses from a page', () => {
  it.each([
    [
      'banner-state for linkedin from www.facebook.com',
      { type: 'banner-state', site: 'linkedin' },
      facebookTab,
    ],
    [
      'banner-snooze for linkedin from www.facebook.com',
      { type: 'banner-snooze', site: 'linkedin', days: 1 },
      facebookTab,
    ],
    [
      'banner-dismiss for facebook from www.linkedin.com',
      { type: 'banner-dismiss', site: 'facebook' },
      linkedinTab,
    ],
    ['open-popup for x from www.linkedin.com', { type: 'open-popup', site: 'x' }, linkedinTab],
    ['get-state from a content script', { type: 'get-state' }, facebookTab],
    ['delete-all from a content script', { type: 'delete-all', confirm: true }, facebookTab],
    [
      'a seven-day snooze (banners offer one day)',
      { type: 'banner-snooze', site: 'facebook', days: 7 },
      facebookTab,
    ],
    [
      'banner-state from a sub-frame',
      { type: 'banner-state', site: 'facebook' },
      tab('https://www.facebook.com/', 2),
    ],
    [
      'banner-state from an http page',
      { type: 'banner-state', site: 'facebook' },
      tab('http://www.facebook.com/'),
    ],
    [
      'banner-state from a look-alike host',
      { type: 'banner-state', site: 'facebook' },
      tab('https://facebook.com.evil.example/'),
    ],
    [
      'banner-state from another extension',
      { type: 'banner-state', site: 'facebook' },
      { ...facebookTab, id: 'someone-else' },
    ],
  ])('refuses %s', async (_what, request, sender) => {
    const { bg } = await seeded();
    const answer = await bg.request(request as never, sender);
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).not.toContain('Acme');
  });

  it('changes nothing when it refuses', async () => {
    const { bg, banner } = await seeded();
    await bg.request({ type: 'banner-snooze', site: 'linkedin', days: 1 }, facebookTab);
    await bg.request({ type: 'banner-dismiss', site: 'linkedin' }, tab('https://www.linkedin.com/', 1));
    expect((await banner(linkedinTab, 'linkedin')).total).toBe(1);
  });
});
