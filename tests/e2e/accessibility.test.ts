import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { importProfilesRequest } from '../import-request';
import { type ExtensionHarness, launchExtension } from './harness';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** Screenshots for the README are written only on request, so that test runs leave the tree clean. */
const SCREENSHOTS = process.env.RR_SCREENSHOTS === '1';
const DOCS = resolve('docs');

let world: FakeWorld;
let h: ExtensionHarness;

interface Sent<T> {
  ok: boolean;
  data: T;
}

async function send<T>(message: unknown): Promise<T> {
  const answer = (await h.send(message)) as Sent<T>;
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data;
}

/** Every look a row can have: broken by date and by a live answer, expiring, unknown, fine, stale, snoozed. */
beforeAll(async () => {
  world = await startWorld();
  h = await launchExtension({ world });
  const profiles = [
    {
      platform: 'linkedin',
      name: 'Acme Coffee Roasters, Inc.',
      kind: 'organization',
      publisher: 'Buffer',
      reconnectUrl: 'https://example.com/accounts',
      expiresAt: inDays(-3),
    },
    {
      platform: 'facebook',
      name: 'Acme Coffee',
      kind: 'page',
      handle: 'acmecoffee',
      publisher: 'Circleboom Publish',
      reconnectUrl: 'https://example.com/accounts',
      connectedAt: inDays(-20),
    },
    {
      platform: 'instagram',
      name: 'Acme Coffee',
      kind: 'business',
      handle: 'acme.coffee',
      publisher: 'Circleboom Publish',
      expiresAt: inDays(4),
    },
    {
      platform: 'threads',
      name: 'Acme Coffee',
      handle: 'acme.coffee',
      publisher: 'Circleboom Publish',
      expiresAt: inDays(45),
    },
    { platform: 'x', name: 'Acme Coffee', kind: 'user', handle: 'AcmeCoffee', publisher: 'Hootsuite' },
    { platform: 'youtube', name: 'Acme Coffee TV', kind: 'channel', expiresAt: inDays(-1) },
    { platform: 'pinterest', name: 'Acme Coffee Boards', expiresAt: inDays(25) },
  ];
  await send(importProfilesRequest(profiles));
  const state = await send<{ profiles: { id: string; platform: string }[] }>({ type: 'get-state' });
  const id = (platform: string) => state.profiles.find((p) => p.platform === platform)!.id;

  world.setToken('EAAB-FAKE-A11Y-FB', { platform: 'facebook', state: 'password-changed' });
  await send({ type: 'set-token', id: id('facebook'), token: 'EAAB-FAKE-A11Y-FB' });
  await send({ type: 'check-now', id: id('facebook') });
  world.setToken('THREADS-FAKE-A11Y', { platform: 'threads', state: 'valid' });
  world.fault({ kind: 'rate-limit', retryAfterSeconds: 900 }, { host: 'graph.threads.net' });
  await send({ type: 'set-token', id: id('threads'), token: 'THREADS-FAKE-A11Y' });
  await send({ type: 'check-now', id: id('threads') });
  await send({ type: 'snooze', id: id('youtube'), days: 7 });
});

afterAll(async () => {
  await h?.close();
  await world?.close();
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // A run that checked nothing would pass too: make sure the rules saw the page.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

async function openPopup(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(h.extensionUrl('popup.html'));
  await page.getByRole('listitem').nth(6).waitFor();
  await page.getByText(/Couldn’t check/).waitFor();
  return page;
}

async function openOptions(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(h.extensionUrl('options.html'));
  await page.locator('tbody tr').nth(6).waitFor();
  return page;
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('the popup with profiles in every state has no axe violations', async () => {
    const popup = await openPopup(colorScheme);
    expect(await violations(popup)).toEqual([]);
    if (SCREENSHOTS && colorScheme === 'light') {
      await mkdir(DOCS, { recursive: true });
      await popup.screenshot({ path: join(DOCS, 'popup.png') });
    }
    await popup.close();
  });

  it('the options page with profiles, the editor, an import error and the token warning has no axe violations', async () => {
    const options = await openOptions(colorScheme);
    expect(await violations(options)).toEqual([]);
    if (SCREENSHOTS && colorScheme === 'light') {
      await mkdir(DOCS, { recursive: true });
      await options.screenshot({ path: join(DOCS, 'options.png') });
    }

    await options.getByRole('button', { name: /^Edit\W+Acme Coffee TV$/ }).click();
    const form = options.getByRole('form', { name: 'Edit Acme Coffee TV' });
    await form.getByLabel('Reconnect URL').fill('not a link');
    await form.getByLabel('Name', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Required').waitFor();
    await options.getByLabel('Choose a JSON or CSV file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"reconnect-radar","version":1,"profiles":[{"platform":"myspace","name":"X"}]}',
      ),
    });
    await options.getByRole('alert').filter({ hasText: 'Row 1' }).waitFor();
    await options.getByRole('checkbox', { name: 'Include access tokens' }).check();
    await options.getByRole('button', { name: 'Delete all data' }).click();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});

describe('keyboard', () => {
  it('reaches every popup action by Tab, with a visible focus ring', async () => {
    const popup = await openPopup('light');
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { name: el.textContent?.trim() ?? '', outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(focus.outline).toBe('solid');
      expect(focus.width).toBe('3px');
      seen.push(focus.name);
    }
    expect(seen[0]).toBe('Manage profiles');
    expect(seen).toContain('Check all');
    expect(seen.some((name) => name.startsWith('Reconnect'))).toBe(true);
    expect(seen.some((name) => name.startsWith('Snooze 1 day'))).toBe(true);
    await popup.close();
  });

  it('adds a profile in the options page with the keyboard alone', async () => {
    const options = await openOptions('light');
    await options.getByRole('button', { name: 'Add profile' }).focus();
    await options.keyboard.press('Enter');
    // The form's heading takes focus; the platform select comes next.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('profile-form-title');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('profile-platform');
    await options.keyboard.press('Tab');
    await options.keyboard.type('Keyboard Café');
    await options.keyboard.press('Enter');
    await options.getByText('Added Keyboard Café.').waitFor();
    // Focus goes back to where the person started, not to the top of the page.
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Add profile');
    await options.close();
  });
});
