import { describe, expect, it, vi } from 'vitest';
import { currentProgress } from '@/lib/background/progress';
import { reconcile } from '@/lib/background/reconcile';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import { listProfiles } from '@/lib/storage/profile-repository';
import { getSource } from '@/lib/storage/source-repository';
import { fakeBuffer, until } from '../sources-fake-buffer';
import { backgroundFor, testClock } from './context';

const KEY = 'BUFFER-FAKE-KEY-PROGRESS';

/** A Buffer with two organizations (three requests a sync), connected; later syncs may be held. */
async function connected() {
  const clock = testClock('2026-11-26T12:00:00Z');
  const buffer = fakeBuffer(KEY);
  buffer.world.organizations = [
    { id: 'org-1', name: 'Example Bakery' },
    { id: 'org-2', name: 'Example Florist' },
  ];
  buffer.world.channels = [
    { id: 'fb', organizationId: 'org-1', service: 'facebook', name: 'bakery', displayName: 'Bakery' },
    { id: 'li', organizationId: 'org-2', service: 'linkedin', name: 'florist', displayName: 'Florist' },
  ];
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform: buffer.perform,
    onSynced: () => reconcile(clock.now),
    notifyProblem: vi.fn(async () => undefined),
    random: () => 0.5,
  };
  const bg = backgroundFor(clock, async () => 0, deps);
  const { source } = await bg.data({ type: 'source-connect', tool: 'buffer', key: KEY });
  clock.advance(60_000);
  return { bg, buffer, id: source!.id };
}

const sync = () => currentProgress().work.find((w) => w.kind === 'sync');

describe('progress of a sync of the publishing tools', () => {
  it('Check all shows the tools synced of the tools connected', async () => {
    const { bg } = await connected();
    await bg.data({ type: 'check-now' });
    expect(sync()).toMatchObject({ phase: 'done', done: 1, total: 1 });
  });

  it('Stop: no request goes out after it, and a tool whose sync lost a request to it writes nothing', async () => {
    const { bg, buffer, id } = await connected();
    const before = await getSource(id);
    const profiles = (await listProfiles()).profiles;
    buffer.world.channels[0]!.isDisconnected = true;
    const requests = buffer.world.requests.length;
    // The organizations answer waits: the channel queries come after it.
    buffer.world.hold = (r) => (r.body ?? '').includes('organizations');
    const checkAll = bg.data({ type: 'check-now' });
    await until(() => buffer.world.held.length === 1);
    expect(sync()).toMatchObject({ phase: 'running', done: 0, total: 1 });
    expect(await bg.data({ type: 'stop-work', kind: 'sync' })).toEqual({ stopped: true });
    expect(sync()).toMatchObject({ phase: 'stopping' });
    buffer.release();
    await checkAll;
    expect(sync()).toMatchObject({ phase: 'stopped', done: 1, total: 1 });
    // Only the request under way went out; the channel queries never did.
    expect(buffer.world.requests.length - requests).toBe(1);
    // Nothing written: the tool keeps its last sync, the profiles their status (the disconnect is unseen).
    expect((await getSource(id))?.lastSync).toEqual(before?.lastSync);
    expect((await listProfiles()).profiles).toEqual(profiles);
  });
});
