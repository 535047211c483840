import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/storage/db';
import { restoreGlobals, toolWorld } from './tool-world';

afterEach(restoreGlobals);

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('"Delete all data" while a sync is under way (issue 19, item 10)', () => {
  // The sync's answer is released at every point of the wipe in turn: before it starts, between its steps,
  // after it. Whichever commits first, nothing of the tool is left.
  it.each(Array.from({ length: 12 }, (_, i) => i))(
    'the answer released %i turns into the wipe brings no profile or tool back',
    async (turns) => {
      const w = toolWorld();
      const sourceId = await w.connect();
      expect((await w.bg.data({ type: 'get-state' })).profiles).toHaveLength(1);
      w.clock.advance(16 * 60_000);
      // The next sync lists one more channel, and its channel request waits for the test.
      w.buffer.world.channels.push({
        id: 'li-2',
        organizationId: 'org-1',
        service: 'linkedin',
        name: 'acme2',
      });
      w.buffer.world.hold = (request) => !!request.body?.includes('channels');
      const syncing = w.sync(sourceId).catch(() => undefined);
      while (w.buffer.world.held.length === 0) await tick();
      const wiping = w.bg.data({ type: 'delete-all', confirm: true });
      for (let i = 0; i < turns; i++) await tick();
      w.buffer.release();
      await Promise.all([wiping, syncing]);
      const db = await openDatabase();
      expect(await db.count('profiles')).toBe(0);
      expect(await db.count('sources')).toBe(0);
      expect(await db.count('tokens')).toBe(0);
    },
  );
});
