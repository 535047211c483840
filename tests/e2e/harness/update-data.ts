import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { FakeWorld } from '../../fake-platforms';
import { checkHistory, type StoredHistoryEntry } from './extension-storage';
import type { ExtensionHarness } from './launch';
import { importFile, isoDaysFromNow, popupRow } from './ui';
import { waitFor } from './wait-for';

/**
 * Data of every kind a release keeps, put in through that release's own pages and messages (the ones every
 * release since 0.1.0 understands), and what a person can read of it: the update test (update.test.ts)
 * compares the two sides of an update with these.
 */

export const TOKENS = {
  facebook: 'EAAB-FAKE-UPDATE-FACEBOOK-1',
  instagram: 'IGQ-FAKE-UPDATE-INSTAGRAM-1',
  linkedin: 'AQV-FAKE-UPDATE-LINKEDIN-1',
} as const;

/** Five profiles: two working tokens, a revoked one, one without a token, one expiring in three days. */
export function updateProfiles() {
  return {
    format: 'reconnect-radar',
    version: 1,
    profiles: [
      {
        platform: 'facebook',
        name: 'Update Bakery',
        kind: 'page',
        handle: 'updatebakery',
        publisher: 'Circleboom Publish',
        reconnectUrl: 'https://example.com/accounts',
        connectedAt: isoDaysFromNow(-10),
        notes: 'Client since 2024 — posts at 9:00, "latte art" series',
        accessToken: TOKENS.facebook,
      },
      {
        platform: 'instagram',
        name: 'Update Bakery IG',
        kind: 'business',
        handle: 'updatebakery.ig',
        connectedAt: isoDaysFromNow(-10),
        expiresAt: isoDaysFromNow(50),
        accessToken: TOKENS.instagram,
      },
      {
        platform: 'linkedin',
        name: 'Update Bakery Ltd',
        kind: 'organization',
        notes: 'Ask Dana before reconnecting',
        accessToken: TOKENS.linkedin,
      },
      { platform: 'x', name: 'Update Bakery on X', handle: 'updatebakery', notes: 'No expiry on X' },
      { platform: 'threads', name: 'Update Bakery Threads', expiresAt: isoDaysFromNow(3) },
    ],
  };
}

export const BUFFER_KEY = 'BUFFER-FAKE-UPDATE-KEY-1';

export function setUpdateTokens(world: FakeWorld): void {
  world.tools.buffer.setKey(BUFFER_KEY);
  world.tools.buffer.setChannels([
    {
      id: 'ch-upd-fb',
      service: 'facebook',
      name: 'Update Cafe',
      handle: 'updatecafe',
      state: 'disconnected',
    },
  ]);
  world.setToken(TOKENS.facebook, { platform: 'facebook', state: 'valid' });
  world.setToken(TOKENS.instagram, { platform: 'instagram', state: 'valid' });
  world.setToken(TOKENS.linkedin, { platform: 'linkedin', state: 'revoked' });
}

interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: string;
}

async function ask<T>(h: ExtensionHarness, message: unknown): Promise<T> {
  const answer = (await h.send(message)) as Answer<T>;
  if (!answer.ok) throw new Error(`${JSON.stringify(message)} failed: ${answer.error}`);
  return answer.data as T;
}

interface Profile {
  id: string;
  name: string;
  snoozed: boolean;
}
interface State {
  profiles: Profile[];
  settings: Record<string, unknown>;
}

export const state = (h: ExtensionHarness) => ask<State>(h, { type: 'get-state' });

/**
 * Imports the profiles on the options page, checks them all (history; the revoked token is announced),
 * snoozes the expiring one for a week, dismisses LinkedIn's banner and changes a setting.
 */
export async function seed(h: ExtensionHarness, options: Page): Promise<void> {
  await importFile(options, 'update.json', updateProfiles());
  await ask(h, { type: 'check-now' });
  await waitFor(async () => new Set((await checkHistory(h)).map((e) => e.profileId)).size === 3, {
    message: 'a check of each of the three tokens',
  });
  const before = await state(h);
  const threads = before.profiles.find((p) => p.name === 'Update Bakery Threads')!;
  await ask(h, { type: 'snooze', id: threads.id, days: 7 });
  await ask(h, { type: 'banner-dismiss', site: 'linkedin' });
  await ask(h, { type: 'save-settings', settings: { ...before.settings, warnDays: 10, bannerDays: 5 } });
}

/** Whether this build can connect publishing tools (they came after 0.1.0): it asks for Buffer's API host. */
export async function hasSources(extensionDir: string): Promise<boolean> {
  const manifest = JSON.parse(await readFile(`${extensionDir}/manifest.json`, 'utf8'));
  return (manifest.host_permissions ?? []).includes('https://api.buffer.com/*');
}

/** Connects Buffer with its key on the options page, as a person does, and waits for its profile. */
export async function connectBuffer(options: Page): Promise<void> {
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Buffer' });
  await options.getByLabel('API key', { exact: true }).fill(BUFFER_KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await bufferRow(options).filter({ hasText: 'Profiles: 1' }).waitFor();
}

export function bufferRow(options: Page) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: /^Buffer/ }) });
}

/** What a person can read: the popup's rows (name: status) and summary, the badge. */
export async function popupReading(h: ExtensionHarness, popup: Page, names: readonly string[]) {
  await popupRow(popup, names[0]!)
    .waitFor({ timeout: 30_000 })
    .catch(async (e) => {
      throw new Error(`${e}; popup says: ${(await popup.locator('body').textContent())?.slice(0, 300)}`);
    });
  const rows: Record<string, string> = {};
  for (const name of names) {
    rows[name] = ((await popupRow(popup, name).locator('.status').first().textContent()) ?? '').trim();
  }
  const badge = await h.badge();
  return { rows, summary: (await popup.locator('header').getByRole('status').textContent())?.trim(), badge };
}

/** A full export with tokens, through the options page as a person makes it; profiles by name. */
export async function fullExport(options: Page): Promise<Record<string, Record<string, unknown>>> {
  await options.getByLabel('Include access tokens').check();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export JSON' }).click();
  const got = await download.catch(async (e) => {
    throw new Error(`${e}; page says: ${(await options.locator('#data').textContent())?.slice(300, 900)}`);
  });
  const file = JSON.parse(await readFile((await got.path())!, 'utf8')) as {
    profiles: Record<string, unknown>[];
  };
  await options.getByLabel('Include access tokens').uncheck();
  return Object.fromEntries(file.profiles.map((p) => [String(p.name), p]));
}

export const historyKeys = (entries: StoredHistoryEntry[]) =>
  entries.map((e) => `${e.profileId} ${e.at} ${e.outcome}`).sort();
