import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import { postTimeText } from '../../lib/domain/post-time';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, popupRow, rowStatus, useWorldSession } from './harness';

/**
 * Issue 21, posts at risk as a person sees them: a Buffer channel breaks while it has posts scheduled, and
 * the popup row, the notification, the badge's tooltip and the options page say what it will cost, with
 * the fake Buffer answering its posts query on api.buffer.com.
 */
const KEY = 'BUFFER-FAKE-KEY-E2E-POSTS-1';
const HOUR = 3_600_000;

let world: FakeWorld;
let h: ExtensionHarness;

async function connectBuffer(options: Page): Promise<void> {
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Buffer' });
  await options.getByLabel('API key', { exact: true }).fill(KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
}

function bufferRow(options: Page) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: /^Buffer/ }) });
}

/**
 * Keeps the title and message of every notification the worker shows from now on: Chromium's API gives
 * pages the ids only. The background calls `notifications.create` through the polyfill, which looks the
 * method up on `chrome` at each call, so the wrapper sees them (a worker restart would drop it: none here).
 */
async function recordNotifications(): Promise<void> {
  await h.evalInWorker(() => {
    const g = self as unknown as { shownForTest?: { title: string; message: string }[] };
    if (g.shownForTest) return;
    g.shownForTest = [];
    type Create = (...args: unknown[]) => unknown;
    const api = (globalThis as unknown as { chrome: { notifications: { create: Create } } }).chrome
      .notifications;
    const create = api.create.bind(api);
    api.create = (...args: unknown[]) => {
      const options = (typeof args[0] === 'string' ? args[1] : args[0]) as { title: string; message: string };
      g.shownForTest!.push({ title: options.title, message: options.message });
      return create(...args);
    };
  });
}

const shownNotifications = () =>
  h.evalInWorker(
    () => (self as unknown as { shownForTest?: { title: string; message: string }[] }).shownForTest ?? [],
  );

/** WCAG A/AA violations on the page, as tests/e2e/accessibility.test.ts counts them. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

describe('posts at risk', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('a broken Buffer channel with scheduled posts shows the count and the next time in popup and notification', async () => {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setChannels([{ id: 'ig-1', service: 'instagram', name: 'Acme Coffee', handle: 'acmecoffee' }]);
    const options = await h.openOptions();
    await connectBuffer(options);
    const tool = bufferRow(options);
    await expect.poll(() => tool.textContent()).toContain('Profiles: 1');
    expect((await h.badge()).text).toBe('');
    await recordNotifications();

    // Buffer loses the channel while three posts wait; the next one goes out in five hours.
    const now = Date.now();
    const due = [5, 30, 50].map((hours) => new Date(now + hours * HOUR + 2 * 60_000).toISOString());
    buffer.setPosts(
      due.map((dueAt, i) => ({ id: `p-${i}`, channel: 'ig-1', dueAt, text: `Winter menu ${i}` })),
    );
    buffer.setState('ig-1', 'disconnected');
    await tool.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('3 scheduled posts at risk');

    // The notification: the count and how soon, never a post's words.
    await expect.poll(() => shownNotifications().then((n) => n.length)).toBe(1);
    const [shown] = await shownNotifications();
    expect(shown!.title).toBe('Connection lost');
    expect(shown!.message).toMatch(/^Acme Coffee \(Instagram\) was disconnected: .*Buffer.*\./);
    expect(shown!.message).toContain('3 scheduled posts will fail, the next in 5 hours.');
    expect(shown!.message).not.toContain('Winter menu');

    // The popup row: the count and the next time, in this browser's zone and the catalogue's language.
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => rowStatus(row)).toBe('Disconnected');
    const next = postTimeText(new Date(due[0]!), new Date(), 'en');
    expect((await row.textContent())?.replace(/\u202f/g, ' ')).toContain(
      `3 scheduled posts will fail · next: ${next.replace(/\u202f/g, ' ')}`,
    );
    expect(await row.textContent()).not.toContain('Winter menu');

    // The options page: the next posts under a heading, each with its time and first words.
    await options.reload();
    const list = options.getByRole('region', { name: /^Next posts at risk/ });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    expect(await list.getByRole('listitem').first().textContent()).toContain('Winter menu 0');
    expect(await list.locator('time').first().getAttribute('datetime')).toBe(due[0]);
  });

  it('the popup row and the options list read in light and dark, with no axe violations', async () => {
    const buffer = world.tools.buffer;
    buffer.setKey(KEY);
    buffer.setChannels([{ id: 'ig-2', service: 'instagram', name: 'Acme Coffee', state: 'disconnected' }]);
    const soon = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
    buffer.setPosts([
      { id: 'q-1', channel: 'ig-2', dueAt: soon(3), text: 'Hot chocolate is back' },
      { id: 'q-2', channel: 'ig-2', dueAt: soon(200), text: '' },
    ]);
    const options = await h.openOptions();
    await connectBuffer(options);
    await expect.poll(() => bufferRow(options).textContent()).toContain('Profiles: 1');
    await expect.poll(() => h.badge()).toMatchObject({ text: '1' });
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await h.context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(h.extensionUrl('popup.html'));
      await popup.getByText(/2 scheduled posts will fail/).waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(h.extensionUrl('options.html'));
      await page.getByRole('region', { name: /^Next posts at risk/ }).waitFor();
      expect(await page.getByRole('region', { name: /^Next posts at risk/ }).textContent()).toContain(
        '(no text)',
      );
      expect(await violations(page)).toEqual([]);
      await page.close();
    }
  });
});
