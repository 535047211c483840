import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { checkHistory, type ExtensionHarness, launchExtension, waitFor } from './harness';
import type { ChromeApi } from './harness/chrome-api';
import { recordedReleases, releaseBuild, replaceWithBuild } from './harness/release-build';
import {
  connectBuffer,
  fullExport,
  hasSources,
  historyKeys,
  popupReading,
  seed,
  setUpdateTokens,
  state,
  updateProfiles,
} from './harness/update-data';

/**
 * An update as a user of an earlier release gets it: that release (built from this repository's history,
 * tests/e2e/harness/release-build.ts) runs with data of every kind, then today's build replaces it in the same
 * folder under a higher version. Twice per release: with the browser closed across the update (the new files
 * are there when it starts again), and with the old worker running when the extension is reloaded from the new
 * files (CDP's Extensions.loadUnpacked on the same folder, as chrome://extensions' reload does). Both the first
 * release and the newest recorded one.
 */

const releases = recordedReleases();
const FIRST = releases[0]!;
const NEWEST = releases.at(-1)!;
const TODAY = resolve(process.env.RR_EXTENSION_DIR ?? join('.output', 'chrome-mv3'));
const PROFILE_NAMES = updateProfiles().profiles.map((p) => p.name);
/** The profiles a person reads; with publishing tools, also Buffer's channel. */
let NAMES: string[] = PROFILE_NAMES;
/** Extensions.loadUnpacked needs it (Chromium 126+). */
const DEBUG_EXTENSIONS = ['--enable-unsafe-extension-debugging'];

let world: FakeWorld;
beforeAll(async () => {
  world = await startWorld();
  setUpdateTokens(world);
});
afterAll(async () => {
  await world?.close();
});

interface Before {
  exported: Awaited<ReturnType<typeof fullExport>>;
  reading: Awaited<ReturnType<typeof popupReading>>;
  history: string[];
}

/** The old release in a folder of its own, seeded; what a person reads of it before the update. */
async function oldReleaseWithData(commit: string, profileDir?: string) {
  const dir = join(await mkdtemp(join(tmpdir(), 'rr-update-')), 'extension');
  await cp(await releaseBuild(commit), dir, { recursive: true });
  const h = await launchExtension({ world, extensionDir: dir, profileDir, args: DEBUG_EXTENSIONS });
  const options = await h.openOptions();
  await seed(h, options);
  const sources = await hasSources(dir);
  NAMES = sources ? [...PROFILE_NAMES, 'Update Cafe'] : PROFILE_NAMES;
  if (sources) await connectBuffer(options);
  const popup = await h.openPopup();
  const before: Before = {
    exported: await fullExport(options),
    reading: await popupReading(h, popup, NAMES),
    history: historyKeys(await checkHistory(h)),
  };
  // The old release announced the revoked LinkedIn token (and may the expiring Threads profile).
  expect((await h.notifications()).length).toBeGreaterThan(0);
  // Cleared, as a person does: whatever shows after the update was announced again.
  await h.evalInWorker(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  expect(before.reading.badge).toMatchObject({ text: expect.stringMatching(/^[1-9]/), color: BADGE_RED });
  return { dir, h, options, before, sources };
}

/** Everything a person had is there and works, with no reload of any page and no browser restart. */
async function expectNothingLost(h: ExtensionHarness, before: Before, pages: { popup: Page; options: Page }) {
  // Pages opened right after the update: the profiles come without a reload.
  expect(await popupReading(h, pages.popup, NAMES)).toEqual(before.reading);
  await pages.options.getByRole('button', { name: /^Edit\s*,\s*Update Bakery Ltd$/ }).waitFor();
  // A full export, tokens included (so every stored token still opens), holds at least what it held.
  const exported = await fullExport(pages.options);
  for (const name of NAMES) expect(exported[name]).toMatchObject(before.exported[name]!);
  const now = await state(h);
  expect(now.settings).toMatchObject({ warnDays: 10, bannerDays: 5 });
  expect(now.profiles.find((p) => p.name === 'Update Bakery Threads')?.snoozed).toBe(true);
  // LinkedIn's banner stays dismissed: its disconnected profile is not offered there again.
  expect(await h.send({ type: 'banner-state', site: 'linkedin' })).toEqual({
    ok: true,
    data: { banner: null },
  });
  expect(historyKeys(await checkHistory(h))).toEqual(expect.arrayContaining(before.history));
  // Nothing announced again: the old release's notifications went with the old browser or stay as they were.
}

/** The next check runs against the fake platforms, with the stored tokens, and changes nothing it should not. */
async function expectChecksRun(h: ExtensionHarness, before: Before) {
  const history = (await checkHistory(h)).length;
  world.clearLog();
  await pagesCheckAll(h);
  await waitFor(async () => (await checkHistory(h)).length >= history + 3, { message: 'three new checks' });
  const hosts = new Set(world.requests().map((r) => r.host));
  expect([...hosts].sort()).toEqual(expect.arrayContaining(['api.linkedin.com', 'graph.facebook.com']));
  if (NAMES.length > PROFILE_NAMES.length) {
    // The stored Buffer key still opens: a sync reaches Buffer with it, and Buffer accepts it.
    world.clearLog();
    const list = (await h.send({ type: 'source-list' })) as { data: { sources: { id: string }[] } };
    const sync = await h.send({ type: 'source-sync', id: list.data.sources[0]!.id });
    expect(sync).toMatchObject({ ok: true, data: { synced: true } });
    expect(world.requests({ host: 'api.buffer.com' }).length).toBeGreaterThan(0);
  }
  const popup = await h.openPopup();
  expect(await popupReading(h, popup, NAMES)).toEqual(before.reading);
}

/**
 * Stops the worker (as Chromium does after 30 s idle) until today's worker answers: an `export` in today's
 * shape, which 0.1.0's worker refuses as malformed. Returns how many stops that took.
 */
async function untilTodaysWorkerAnswers(h: ExtensionHarness): Promise<number> {
  for (let stops = 0; stops <= 3; stops++) {
    const late = new Promise<'late'>((r) => setTimeout(() => r('late'), 5_000));
    const answer = await Promise.race([h.send({ type: 'export', includeTokens: false }), late]);
    if ((answer as { ok?: boolean }).ok) return stops;
    await h.stopWorker();
  }
  throw new Error("Today's worker never answered");
}

/** A page that gave up trying by itself shows *Try again*: a person clicks it. */
async function tryAgainWhereOffered(pages: { popup: Page; options: Page }) {
  for (const page of [pages.popup, pages.options]) {
    const button = page.getByRole('button', { name: 'Try again' });
    if (await button.isVisible()) await button.click();
  }
}

async function pagesCheckAll(h: ExtensionHarness) {
  const answer = (await h.send({ type: 'check-now' })) as { ok: boolean; error?: string };
  expect(answer).toMatchObject({ ok: true });
}

declare const chrome: ChromeApi & {
  notifications: { clear(id: string): Promise<boolean> };
};

/** `RR_UPDATE_FROM=<commit>` tries an update from any commit instead (e.g. the branch point of a change). */
const FROM = process.env.RR_UPDATE_FROM;
const RELEASES = FROM
  ? [{ version: FROM.slice(0, 7), commit: FROM, date: '' }]
  : [...new Map([FIRST, NEWEST].map((r) => [r.commit, r])).values()];

describe.each(RELEASES)('an update from $version ($commit)', (release) => {
  it('with the browser closed: every page works at once and nothing is lost', async () => {
    const profileDir = await mkdtemp(join(tmpdir(), 'rr-update-profile-'));
    const { dir, h: old, before } = await oldReleaseWithData(release.commit, profileDir);
    await old.context.close();
    await replaceWithBuild(dir, TODAY);
    const h = await launchExtension({ world, extensionDir: dir, profileDir, args: DEBUG_EXTENSIONS });
    try {
      const pages = { popup: await h.openPopup(), options: await h.openOptions() };
      // Measured: Chromium starts the previous release's worker with the browser and leaves the new version
      // waiting behind it; the new one takes over once the old one stops (take-over.ts), and its first life,
      // begun while waiting, gets no events until it stops too. Chromium stops a worker idle for 30 s, but not
      // while DevTools (Playwright) is attached: the test stops them as Chromium would. No page is reloaded.
      const stops = await untilTodaysWorkerAnswers(h);
      console.info(
        `update from ${release.version} with the browser closed: ${stops} worker stop(s) until it answered`,
      );
      await tryAgainWhereOffered(pages);
      await expectNothingLost(h, before, pages);
      expect(await h.notifications()).toEqual([]);
      await expectChecksRun(h, before);
      expect(await h.notifications()).toEqual([]);
    } finally {
      await h.close();
      await rm(dirname(dir), { recursive: true, force: true });
    }
  }, 180_000);

  it('with the old worker running: the extension reloads from the new files, and every page works at once', async () => {
    const { dir, h, options, before } = await oldReleaseWithData(release.commit);
    try {
      // The options page keeps the old worker running, as an open page does.
      expect(options.isClosed()).toBe(false);
      await replaceWithBuild(dir, TODAY);
      const browser = h.context.browser();
      if (!browser) throw new Error('No browser to reload the extension in');
      const cdp = await browser.newBrowserCDPSession();
      const started = Date.now();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as {
        id: string;
      };
      expect(id).toBe(h.extensionId);
      const fresh = { h: h, popup: await h.openPopup(), options: await h.openOptions() };
      await expectNothingLost(fresh.h, before, fresh);
      console.info(
        `update from ${release.version} with the old worker running: pages whole after ${Date.now() - started} ms`,
      );
      expect(await h.notifications()).toEqual([]);
      await expectChecksRun(h, before);
      expect(await h.notifications()).toEqual([]);
    } finally {
      await h.close();
      await rm(dirname(dir), { recursive: true, force: true });
    }
  }, 180_000);
});
