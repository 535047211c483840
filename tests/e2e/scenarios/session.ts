import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import type { BrowserDriver, DriverWorld } from '../drivers/driver';

export interface DriverSession<D extends BrowserDriver = BrowserDriver> {
  readonly world: FakeWorld;
  readonly browser: D;
}

/**
 * One fake world and one browser for a scenario file; after each scenario the world's faults and tools are
 * reset, the tabs closed, every profile deleted and the badge seen empty again.
 */
export function useDriverSession<D extends BrowserDriver>(
  launch: (world: DriverWorld) => Promise<D>,
): DriverSession<D> {
  let world: FakeWorld | undefined;
  let browser: D | undefined;
  beforeAll(async () => {
    // A real browser on a shared two-core machine: polls wait up to 10 s (vitest's 1 s is for unit tests).
    vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });
    world = await startWorld();
    browser = await launch(world);
  });
  afterEach(async () => {
    if (!world || !browser) return;
    world.clearFaults();
    for (const tool of Object.values(world.tools)) tool.reset();
    await browser.closeTabs();
    await browser.send({ type: 'delete-all', confirm: true });
    await expect.poll(() => browser!.badge().then((b) => b.text)).toBe('');
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  return {
    get world() {
      if (!world) throw new Error('useDriverSession: the world starts in beforeAll');
      return world;
    },
    get browser() {
      if (!browser) throw new Error('useDriverSession: the browser starts in beforeAll');
      return browser;
    },
  };
}
