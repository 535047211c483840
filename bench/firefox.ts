import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { launchFirefox } from '../tests/e2e/harness/firefox/launch';
import type { Marionette } from '../tests/e2e/harness/firefox/marionette';
import { waitFor } from '../tests/e2e/harness/wait-for';
import { startWorld } from '../tests/fake-platforms';
import { selfSignedCertificate } from '../tests/fake-platforms/certificate';
import { sitePage } from '../tests/fake-platforms/sites';
import { importRequest } from '../tests/import-request';
import { type BannerResult, importFile, PROFILES, REVOKED_EVERY } from './browser';
import { spreadOf } from './spread';

declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const BANNER_HOST = 'www.linkedin.com';
const API_HOST = 'api.linkedin.com';

/**
 * Chromium's bench records the banner's timings with an init script (`watchBanner` in browser.ts); Marionette
 * has none, so the LinkedIn fixture page is served here with the same observer as the first script of its
 * <head>, and the marks are left on <html> for the harness to read. Its content script runs at
 * document_start, so a banner already attached when the observer starts is flagged (`early`), not missed.
 */
const WATCHER = `<script>(() => {
  const marks = { attached: -1, painted: -1, early: !!document.querySelector('reconnect-radar-banner') };
  const done = () => { document.documentElement.dataset.rrBanner = JSON.stringify(marks); };
  const seen = () => {
    marks.attached = performance.now();
    requestAnimationFrame(() => { marks.painted = performance.now(); done(); });
  };
  if (marks.early) return seen();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('reconnect-radar-banner')) return;
    observer.disconnect();
    seen();
  });
  observer.observe(document, { childList: true, subtree: true });
})();</script>`;

async function startBannerPage() {
  const server = createServer(selfSignedCertificate([BANNER_HOST]), (req, res) => {
    const answer = sitePage(BANNER_HOST, new URL(req.url ?? '/', `https://${BANNER_HOST}`).pathname);
    const body = String(answer.body).replace('<head>', `<head>${WATCHER}`);
    res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

const send = (m: Marionette, message: unknown) =>
  m.run((msg: unknown) => browser.runtime.sendMessage(msg), message) as Promise<{
    ok: boolean;
    data?: { settings: object; profiles: { lastCheck?: unknown }[] };
  }>;

export interface FirefoxBenchResult {
  firefoxVersion: string;
  banner: BannerResult | string;
}

/**
 * The Firefox build in Firefox ESR with the same data as Chromium's bench (the same 1,000 LinkedIn profiles
 * with tokens, every 20th revoked, all checked first), then the LinkedIn banner timed `runs` times, as there.
 */
export async function benchFirefox(extensionDir: string, runs: number): Promise<FirefoxBenchResult> {
  const world = await startWorld();
  const page = await startBannerPage();
  const hosts = new Set(world.hosts);
  const ff = await launchFirefox({
    extensionDir,
    route: (host) => (host === BANNER_HOST ? page.port : hosts.has(host) ? world.port : undefined),
  }).catch((error: unknown) => {
    page.close();
    void world.close();
    throw error;
  });
  const m = ff.marionette;
  try {
    const { text, tokens } = importFile();
    for (const [i, token] of tokens.entries()) {
      world.setToken(token, { platform: 'linkedin', state: i % REVOKED_EVERY === 0 ? 'revoked' : 'valid' });
    }
    await m.send('WebDriver:Navigate', { url: ff.extensionUrl('icon/16.png') });
    const state = await send(m, { type: 'get-state' });
    await send(m, {
      type: 'save-settings',
      settings: { ...state.data!.settings, checkIntervalMinutes: 24 * 60 },
    });
    const imported = await send(m, importRequest('bench.json', text));
    if (!imported.ok) throw new Error(`Import failed in Firefox: ${JSON.stringify(imported).slice(0, 300)}`);
    await waitFor(
      async () =>
        world.requests({ host: API_HOST }).length >= PROFILES &&
        world.inFlight(API_HOST) === 0 &&
        (await send(m, { type: 'get-state' })).data!.profiles.every((p) => p.lastCheck),
      { timeout: 300_000, interval: 1000, message: 'Firefox to check the imported profiles' },
    );

    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { handle } = (await m.send('WebDriver:NewWindow', { type: 'tab', focus: true })) as {
        handle: string;
      };
      await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await m.send('WebDriver:Navigate', { url: `https://${BANNER_HOST}/` });
      const ms = await waitFor(
        () =>
          m
            .run(() => {
              const raw = document.documentElement.dataset.rrBanner;
              const nav = performance.getEntriesByType('navigation')[0] as
                | PerformanceNavigationTiming
                | undefined;
              if (!raw || !nav) return undefined;
              const marks = JSON.parse(raw) as { painted: number; early: boolean };
              if (marks.early) return 'early';
              // Until DOMContentLoaded has happened its start reads 0.
              const dcl = nav.domContentLoadedEventStart;
              return dcl > 0 ? { painted: marks.painted, dcl } : undefined;
            })
            .then((marks) =>
              // A read sometimes came back null from Marionette (2 of 15, cause not found): read again.
              marks && typeof marks === 'object'
                ? Number(marks.painted) - Number(marks.dcl)
                : (marks ?? undefined),
            ),
        { timeout: 15_000, interval: 50, message: 'the LinkedIn banner in Firefox' },
      ).catch(() => undefined);
      await m.send('WebDriver:CloseWindow');
      const [first] = await m.value<string[]>('WebDriver:GetWindowHandles');
      await m.send('WebDriver:SwitchToWindow', { handle: first, focus: true });
      if (ms === undefined)
        return { firefoxVersion: ff.version, banner: 'banner did not appear within 15 s' };
      if (ms === 'early')
        return { firefoxVersion: ff.version, banner: 'banner attached before the page observed it' };
      if (!Number.isFinite(ms)) return { firefoxVersion: ff.version, banner: `unreadable mark ${ms}` };
      times.push(ms);
    }
    return { firefoxVersion: ff.version, banner: { runs, msAfterDomContentLoaded: spreadOf(times) } };
  } finally {
    await ff.close();
    page.close();
    await world.close();
  }
}
