import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { importProfilesRequest } from '../import-request';
import { type ExtensionHarness, isoDaysFromNow, launchExtension } from './harness';

/** Screenshots for the README are written only on request, so that test runs leave the tree clean. */
const SCREENSHOTS = process.env.RR_SCREENSHOTS === '1';
const DOCS = resolve('docs');

let world: FakeWorld;
let h: ExtensionHarness;

interface ProfileState {
  id: string;
  name: string;
  platform: string;
  status: string;
  effectiveExpiresAt?: string | null;
}

async function send<T>(message: unknown): Promise<T> {
  const answer = (await h.send(message)) as { ok: boolean; data: T };
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data;
}

/**
 * Days from today to the day of `iso`, both in this machine's local time (Chromium's time zone too),
 * counted on the calendar the way a person reads it: by local dates, whatever the hours.
 */
function localDaysFromToday(iso: string): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(new Date(iso)) - day(new Date())) / 86_400_000);
}

const PROFILES = [
  { platform: 'facebook', name: 'Acme Coffee', kind: 'page', expiresAt: isoDaysFromNow(3) },
  { platform: 'instagram', name: 'Acme Beans', kind: 'business', expiresAt: isoDaysFromNow(3.1) },
  { platform: 'linkedin', name: 'Acme Roasters, Inc.', kind: 'organization', expiresAt: isoDaysFromNow(12) },
  { platform: 'threads', name: 'Acme Threads', expiresAt: isoDaysFromNow(26) },
  { platform: 'pinterest', name: 'Acme Boards', expiresAt: isoDaysFromNow(44) },
  { platform: 'tiktok', name: 'Acme Clips', expiresAt: isoDaysFromNow(80) },
  { platform: 'youtube', name: 'Acme TV', kind: 'channel', expiresAt: isoDaysFromNow(-2) },
  { platform: 'x', name: 'Acme Tweets', kind: 'user', connectedAt: isoDaysFromNow(-30) },
];

let state: ProfileState[];
const idOf = (name: string) => state.find((p) => p.name === name)!.id;

beforeAll(async () => {
  world = await startWorld();
  h = await launchExtension({ world });
  await send(importProfilesRequest(PROFILES));
  // One profile with a live check behind it, for its history strip.
  state = (await send<{ profiles: ProfileState[] }>({ type: 'get-state' })).profiles;
  world.setToken('LINKEDIN-FAKE-TIMELINE', { platform: 'linkedin', state: 'valid' });
  await send({ type: 'set-token', id: idOf('Acme Roasters, Inc.'), token: 'LINKEDIN-FAKE-TIMELINE' });
  await send({ type: 'check-now', id: idOf('Acme Roasters, Inc.') });
  state = (await send<{ profiles: ProfileState[] }>({ type: 'get-state' })).profiles;
});

afterAll(async () => {
  await h?.close();
  await world?.close();
});

async function openTimeline(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(h.extensionUrl('options.html#timeline'));
  await page.locator('.tl-chart .tl-mark').first().waitFor();
  return page;
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Coming up' });

describe('the "Coming up" timeline', () => {
  it('draws each imported profile on the day its connection ends, and lists the rest apart', async () => {
    const page = await openTimeline();
    const drawn = await page
      .locator('.tl-chart .tl-mark')
      .evaluateAll((marks) =>
        marks.map((m) => [m.getAttribute('data-profile-id'), Number(m.getAttribute('data-day'))]),
      );
    const expected = PROFILES.filter((p) => p.expiresAt && localDaysFromToday(p.expiresAt) < 60).map((p) => [
      idOf(p.name),
      Math.max(0, localDaysFromToday(p.expiresAt!)),
    ]);
    // The expired one sits on today: it needs reconnecting now.
    expect(new Map(drawn as [string, number][])).toEqual(new Map(expected as [string, number][]));
    expect(drawn).toHaveLength(6);

    const region = timeline(page);
    const group = (name: string) => region.getByRole('region', { name });
    await expect
      .poll(() => group('Needs reconnecting now').getByRole('link').allTextContents())
      .toEqual(['ytAcme TV']);
    expect(await group('Later').getByRole('link').allTextContents()).toEqual(['ttAcme Clips']);
    expect(await group('No end date').getByRole('link').allTextContents()).toEqual(['xAcme Tweets']);
    // Each week's group holds the profiles that end in it.
    const weekGroups = region.getByRole('region', { name: /^Week of / });
    const inWeeks = (await weekGroups.getByRole('link').allTextContents()).sort();
    expect(inWeeks).toEqual([
      'fAcme Coffee',
      'igAcme Beans',
      'inAcme Roasters, Inc.',
      'pAcme Boards',
      'thAcme Threads',
    ]);
    // The tooltip says who, where, what and when.
    const title = await page
      .locator(`.tl-mark[data-profile-id="${idOf('Acme Coffee')}"] title`)
      .textContent();
    expect(title).toMatch(/^Acme Coffee \(Facebook\): Expiring soon, ends /);
    await page.close();
  });

  it('follows the range setting (30 days)', async () => {
    const settings = (await send<{ settings: Record<string, unknown> }>({ type: 'get-state' })).settings;
    await send({ type: 'save-settings', settings: { ...settings, timelineDays: 30 } });
    try {
      const page = await openTimeline();
      await expect.poll(() => page.locator('.tl-chart .tl-mark').count()).toBe(5);
      expect(
        await timeline(page).getByRole('region', { name: 'Later' }).getByRole('link').allTextContents(),
      ).toEqual(['pAcme Boards', 'ttAcme Clips']);
      await page.close();
    } finally {
      await send({ type: 'save-settings', settings });
    }
  });

  it('lets a keyboard reach every profile through its list entry, and Enter opens its editor with its history', async () => {
    const page = await openTimeline();
    await page.getByRole('heading', { name: 'Coming up' }).scrollIntoViewIfNeeded();
    await page.locator('#timeline-title').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    const reached = new Set<string>();
    for (let i = 0; i < 30 && reached.size < PROFILES.length; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      if (href.startsWith('#profile=')) reached.add(decodeURIComponent(href.slice('#profile='.length)));
    }
    expect([...reached].sort()).toEqual(state.map((p) => p.id).sort());

    await timeline(page).getByRole('link', { name: 'Acme Roasters, Inc.', exact: true }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit Acme Roasters, Inc.' });
    await form.waitFor();
    const history = page.getByRole('list', { name: /^Last checks and tool reports of Acme Roasters, Inc\./ });
    await expect.poll(() => history.getByRole('listitem').first().textContent()).toMatch(/Working/);
    // Closing the editor forgets the link, so the same link opens it again.
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await timeline(page).getByRole('link', { name: 'Acme Roasters, Inc.', exact: true }).click();
    await form.waitFor();
    await page.close();
  });

  it('opens a profile when its mark is clicked', async () => {
    const page = await openTimeline();
    await page.locator(`.tl-mark[data-profile-id="${idOf('Acme Threads')}"]`).click();
    await page.getByRole('form', { name: 'Edit Acme Threads' }).waitFor();
    await page.close();
  });

  it('downloads reminders as an .ics file a calendar parser reads: one event per end date ahead', async () => {
    const page = await openTimeline();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add reminders to my calendar' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('reconnect-radar-reminders.ics');
    const text = await readFile(await file.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const ahead = state.filter(
      (p) => p.effectiveExpiresAt && p.status !== 'expired' && p.status !== 'disconnected',
    );
    expect(events.map((e) => e.uid).sort()).toEqual(
      ahead.map((p) => `${p.id}@reconnect-radar.extension`).sort(),
    );
    const coffee = events.find((e) => e.uid.startsWith(idOf('Acme Coffee')))!;
    expect(coffee.summary).toBe('Reconnect Acme Coffee (Facebook)');
    // iCalendar times have whole seconds.
    const ends = Date.parse(state.find((p) => p.name === 'Acme Coffee')!.effectiveExpiresAt!);
    expect(coffee.startDate.toJSDate().getTime()).toBe(Math.floor(ends / 1000) * 1000);
    expect(String(coffee.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe(
      '-P7D',
    );
    await page.getByRole('status').filter({ hasText: 'Saved a calendar file with 6 reminders.' }).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
    const page = await openTimeline(colorScheme);
    const results = await new AxeBuilder({ page })
      .include('#timeline')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
    if (SCREENSHOTS && colorScheme === 'light') {
      await mkdir(DOCS, { recursive: true });
      await page.locator('#timeline').screenshot({ path: join(DOCS, 'timeline.png') });
    }
    await page.close();
  });
});
