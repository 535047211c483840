import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkProfiles } from '@/lib/background/check-cycle';
import { reconcile } from '@/lib/background/reconcile';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import { fakeBuffer } from '../sources-fake-buffer';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

export const BUFFER_KEY = 'BUFFER-FAKE-KEY-DATALOSS';

/**
 * The real background (handlers, check cycle, syncs) over a fake Buffer with one LinkedIn channel, and
 * LinkedIn's live check answering `answer()` (valid unless the test changes it). Tests move the clock.
 */
export function toolWorld() {
  const clock = testClock('2026-11-26T12:00:00Z');
  const buffer = fakeBuffer(BUFFER_KEY);
  buffer.world.channels = [
    { id: 'li', organizationId: 'org-1', service: 'linkedin', name: 'acme', displayName: 'Acme Careers' },
  ];
  const hooks = { now: clock.now, onChecked: () => undefined };
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: buffer.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem: async () => undefined,
    random: () => 0.5,
  };
  const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks), deps);
  let answer = linkedin.valid;
  const net = deferredFetch(() => answer());
  return {
    clock,
    buffer,
    bg,
    net,
    answerWith(next: typeof answer) {
      answer = next;
    },
    /** Waits until the check cycle has nothing left to do. */
    settle: () => checkProfiles([], hooks),
    setChannel(change: Partial<(typeof buffer.world.channels)[number]>) {
      Object.assign(buffer.world.channels[0]!, change);
    },
    async connect() {
      const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: BUFFER_KEY });
      return source!.id;
    },
    async sync(id: string) {
      return bg.data({ type: 'source-sync', id });
    },
    async profile() {
      const { profiles } = await bg.data({ type: 'get-state' });
      if (profiles.length !== 1) throw new Error(`expected one profile, found ${profiles.length}`);
      return profiles[0]!;
    },
    async titles() {
      await bg.ctx.reconcile();
      const shown = Object.values(await fakeBrowser.notifications.getAll()) as { title: string }[];
      return shown.map((n) => n.title);
    },
  };
}

export function restoreGlobals(): void {
  vi.unstubAllGlobals();
}
