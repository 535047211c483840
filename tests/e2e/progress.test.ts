import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorld } from '../fake-platforms';
import { backgroundState, type ExtensionHarness, useWorldSession } from './harness';

const SCREENSHOTS = process.env.RR_SCREENSHOTS === '1';
const HOST = 'api.linkedin.com';
const COUNT = 60;
const BROKEN = 3;

/** The check pass's bar on a page, and its value (how many answered). */
const bar = (page: Page) => page.getByRole('progressbar', { name: 'Checking profiles' });
const answered = async (page: Page) => Number(await bar(page).getAttribute('aria-valuenow'));

/** WCAG 2.1 AA problems axe finds on the page as it is (the bar mid-pass), in the given theme. */
async function violations(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Check all over many profiles, at a latency that makes it take seconds: the popup and the options page both
 * show the same bar, its counts rising, the popup reopened shows it still, and Stop stops the requests.
 */
describe('long work shows its progress', () => {
  const session = useWorldSession({ clearLog: true });
  let world: FakeWorld;
  let h: ExtensionHarness;
  beforeAll(() => {
    ({ world, h } = session);
  });

  /** `count` LinkedIn profiles with tokens, the first `broken` revoked, imported and checked once at full speed. */
  async function importChecked(count: number, broken: number) {
    const rows = Array.from({ length: count }, (_, i) => {
      const token = `AQX-FAKE-PROGRESS-${count}-${i}`;
      world.setToken(token, { platform: 'linkedin', state: i < broken ? 'revoked' : 'valid' });
      return {
        row: i + 2,
        platform: 'linkedin',
        name: `Progress ${i}`,
        handle: `progress-${i}`,
        accessToken: token,
      };
    });
    await h.send({ type: 'import', rows });
    await expect
      .poll(async () => (await backgroundState(h)).profiles.filter((p) => p.lastCheck).length, {
        timeout: 30_000,
      })
      .toBe(count);
    await expect.poll(() => world.inFlight(HOST)).toBe(0);
  }

  it('Check all over 60 profiles: a bar with rising counts in popup and options, kept across a reopened popup; Stop sends nothing more', async () => {
    await importChecked(COUNT, BROKEN);

    // About 400 ms a request, four at a time: the pass takes some six seconds.
    world.fault({ kind: 'delay', ms: 400 }, { host: HOST });
    const before = world.requests({ host: HOST }).length;
    const popup = await h.openPopup();
    const options = await h.openOptions();
    await popup.getByRole('button', { name: 'Check all' }).click();

    await expect.poll(() => answered(popup)).toBeGreaterThan(0);
    const first = await answered(popup);
    await expect.poll(() => answered(popup)).toBeGreaterThan(first);
    expect(await bar(popup).getAttribute('aria-valuemax')).toBe(String(COUNT));
    await expect.poll(() => bar(options).getAttribute('aria-valuetext')).toMatch(/^Checking \d+ of 60/);
    const inOptions = await answered(options);
    await expect.poll(() => answered(options)).toBeGreaterThan(inOptions);
    expect(await popup.getByRole('button', { name: 'Checking all…' }).isDisabled()).toBe(true);

    // Reopened, the popup shows the pass where it is (the background owns it), not a new one.
    const seen = await answered(popup);
    await popup.close();
    const again = await h.openPopup();
    await expect.poll(() => answered(again)).toBeGreaterThanOrEqual(seen);
    await expect(bar(again).getAttribute('aria-valuetext')).resolves.toMatch(/^Checking \d+ of 60/);

    await again.getByRole('button', { name: 'Stop checking' }).click();
    const stopped = again.getByText(/^Stopped at \d+ of 60/).first();
    await stopped.waitFor({ timeout: 15_000 });
    const [, done] = /^Stopped at (\d+) of 60/.exec((await stopped.textContent()) ?? '')!;
    expect(Number(done)).toBeLessThan(COUNT);
    await options.getByText(`Stopped at ${done} of 60`, { exact: false }).first().waitFor();
    expect(await bar(again).count()).toBe(0);

    // Every request sent is one answered and counted; none start after the stop.
    expect(world.requests({ host: HOST }).length - before).toBe(Number(done));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(world.requests({ host: HOST }).length - before).toBe(Number(done));
    expect(world.inFlight(HOST)).toBe(0);
    // The answers that came are stored; the others keep their last check (the import pass's).
    await expect(again.getByRole('button', { name: 'Check all' }).isEnabled()).resolves.toBe(true);
  });

  it('the bar and its Stop pass axe in light and dark', async () => {
    await importChecked(8, 1);
    // Eight seconds a request (under the ten-second timeout): the bar stays while axe reads the page.
    world.fault({ kind: 'delay', ms: 8000 }, { host: HOST });
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Check all' }).click();
    await bar(popup).waitFor();
    for (const scheme of ['light', 'dark'] as const) expect(await violations(popup, scheme)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    if (SCREENSHOTS) {
      await mkdir(resolve('docs'), { recursive: true });
      await popup.locator('header').screenshot({ path: join(resolve('docs'), 'progress.png') });
    }
    await popup.getByRole('button', { name: 'Stop checking' }).click();
    await popup
      .getByText(/^Stopped at \d of 8/)
      .first()
      .waitFor({ timeout: 20_000 });
  });
});
