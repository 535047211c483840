import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type FakeWorld, startWorld } from '../../fake-platforms';
import { type ExtensionHarness, launchExtension } from './launch';

export interface WorldSession {
  readonly world: FakeWorld;
  readonly h: ExtensionHarness;
}

/**
 * The hooks most e2e files share: one fake world and one browser for the whole file; after each test the
 * world's faults (and, if asked, its request log and its fake publishing tools) are cleared, extension tabs closed, every profile deleted,
 * and the badge seen empty again; at the end both are closed. Read `world` and `h` in tests or hooks, not at
 * the top of the file (they exist once `beforeAll` has run).
 */
export function useWorldSession(options: { clearLog?: boolean; resetTools?: boolean } = {}): WorldSession {
  let world: FakeWorld | undefined;
  let h: ExtensionHarness | undefined;
  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world });
  });
  afterEach(async () => {
    world?.clearFaults();
    if (options.clearLog) world?.clearLog();
    if (options.resetTools && world) for (const tool of Object.values(world.tools)) tool.reset();
    if (!h) return;
    await h.closeTabs();
    await h.send({ type: 'delete-all', confirm: true });
    await expect.poll(() => h!.badge().then((b) => b.text)).toBe('');
  });
  afterAll(async () => {
    await h?.close();
    await world?.close();
  });
  return {
    get world() {
      if (!world) throw new Error('useWorldSession: the world starts in beforeAll');
      return world;
    },
    get h() {
      if (!h) throw new Error('useWorldSession: the browser starts in beforeAll');
      return h;
    },
  };
}
