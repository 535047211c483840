import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../lib/messaging/views';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { importProfilesRequest } from '../import-request';
import { type ExtensionHarness, launchExtension, waitFor } from './harness';
import { STORE_CHANNELS, STORE_KEY, STORE_PROFILES } from './store-screenshots/profiles';

/**
 * The store listings' screenshots (docs/store/README.md): 1280×800, the size Chrome Web Store, Edge Add-ons
 * and AMO all take, of a fictional agency's profiles, in English and in German (the UI language comes from
 * the environment on Linux, as in german.test.ts). Written to docs/store/screenshots only with
 * RR_SCREENSHOTS=1, so that test runs leave the tree clean; otherwise to a temporary folder, checked the same.
 */
const SCREENSHOTS = process.env.RR_SCREENSHOTS === '1';
const WIDTH = 1280;
const HEIGHT = 800;
/** Short enough that the popup ends above the banner at the bottom of the page (it starts 530 px down). */
const POPUP_HEIGHT = 500;
const LOCALES = [
  { locale: 'en', env: { LANGUAGE: 'en', LANG: 'en_US.UTF-8' }, args: ['--lang=en-US'] },
  { locale: 'de', env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' }, args: ['--lang=de'] },
] as const;

const scratch = await mkdtemp(join(tmpdir(), 'rr-store-shots-'));
const folder = SCREENSHOTS ? resolve('docs/store/screenshots') : scratch;

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Width and height from a PNG's IHDR chunk (PNG spec, 11.2.2). */
async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const png = await readFile(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function profiles(h: ExtensionHarness): Promise<ProfileView[]> {
  const answer = (await h.send({ type: 'get-state' })) as { data: { profiles: ProfileView[] } };
  return answer.data.profiles;
}

/** The profiles imported, the tool connected and synced, every token checked: what a user sees a day in. */
async function seed(world: FakeWorld, h: ExtensionHarness): Promise<void> {
  world.setToken('EAAB-STORE-KESTREL', { platform: 'facebook', state: 'password-changed' });
  world.setToken('THQW-STORE-NORTHWIND', { platform: 'threads', state: 'valid' });
  world.tools.buffer.setKey(STORE_KEY);
  world.tools.buffer.setOrganizations([{ id: 'org-harbor', name: 'Harbor Lane Studio' }]);
  world.tools.buffer.setChannels(STORE_CHANNELS.map((c) => ({ ...c })));
  expect(((await h.send(importProfilesRequest(STORE_PROFILES))) as { ok: boolean }).ok).toBe(true);
  expect(
    ((await h.send({ type: 'source-connect', tool: 'buffer', key: STORE_KEY })) as { ok: boolean }).ok,
  ).toBe(true);
  await h.send({ type: 'check-now' });
  await waitFor(
    async () => {
      const all = await profiles(h);
      const kestrel = all.find((p) => p.name === 'Kestrel Cycles' && p.platform === 'facebook');
      return all.length === STORE_PROFILES.length + 3 && kestrel?.status === 'disconnected';
    },
    { message: 'the imported profiles, the Buffer channels and the live check' },
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(folder, name);
  await page.screenshot({ path });
  expect(await pngSize(path)).toEqual({ width: WIDTH, height: HEIGHT });
}

async function bigPage(h: ExtensionHarness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(url);
  return page;
}

/**
 * The popup as Chrome shows it: dropped from the toolbar over the page the user is on (the fake
 * facebook.com, with the banner). The popup page is shot at its own 360 px and laid over the site.
 */
async function popupOverSite(h: ExtensionHarness, name: string): Promise<void> {
  const popup = await h.context.newPage();
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 360, height: POPUP_HEIGHT });
  await popup.goto(h.extensionUrl('popup.html'));
  await popup.locator('li').nth(5).waitFor();
  const image = (await popup.screenshot()).toString('base64');
  await popup.close();
  const site = await bigPage(h, 'https://www.facebook.com/');
  await waitFor(async () => (await site.locator('reconnect-radar-banner').count()) === 1, {
    message: 'the banner on facebook.com',
  });
  await site.evaluate(
    ({ src, height }) => {
      const img = document.createElement('img');
      img.src = `data:image/png;base64,${src}`;
      img.style.cssText =
        `position:fixed;top:6px;right:24px;width:360px;height:${height}px;z-index:2147483647;` +
        'border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)';
      document.body.append(img);
    },
    { src: image, height: POPUP_HEIGHT },
  );
  await site.locator('img[src^="data:"]').evaluate((img: HTMLImageElement) => img.decode());
  await shoot(site, name);
  await site.close();
}

/** A section of the options page at the top of the window, with a little room above its heading. */
async function scrollTo(page: Page, section: string): Promise<void> {
  await page.evaluate((id) => {
    const top = document.getElementById(id)?.getBoundingClientRect().top ?? 0;
    window.scrollBy(0, top - 24);
  }, section);
}

describe.each(LOCALES)('store screenshots in $locale', ({ locale, env, args }) => {
  it('are taken at 1280×800 from a realistic set of profiles', async () => {
    const world = await startWorld();
    const h = await launchExtension({ world, env: { ...env }, args: [...args] });
    try {
      expect(
        await h.evalInWorker(() =>
          (
            globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
          ).chrome.i18n.getUILanguage(),
        ),
      ).toMatch(new RegExp(`^${locale}`));
      await seed(world, h);
      await mkdir(folder, { recursive: true });

      await popupOverSite(h, `1-popup-${locale}.png`);

      const options = await bigPage(h, h.extensionUrl('options.html'));
      await options
        .locator('#profiles tbody tr')
        .nth(STORE_PROFILES.length + 2)
        .waitFor();
      await shoot(options, `2-profiles-${locale}.png`);

      await scrollTo(options, 'timeline');
      await shoot(options, `3-timeline-${locale}.png`);

      await scrollTo(options, 'sources');
      await options.locator('#sources li').first().waitFor();
      await shoot(options, `4-publishing-tools-${locale}.png`);
      await options.close();
    } finally {
      await h.close();
      await world.close();
    }
  });
});
