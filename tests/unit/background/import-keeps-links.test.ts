import { afterEach, describe, expect, it } from 'vitest';
import { historyOf } from '@/lib/storage/profile-repository';
import { getToken } from '@/lib/storage/token-vault';
import { importProfilesRequest } from '../../import-request';
import { restoreGlobals, toolWorld } from './tool-world';

afterEach(restoreGlobals);

describe('an import over existing profiles (issue 19, item 6)', () => {
  it('updates only the fields the file names, and keeps the tool link, token, history and snooze', async () => {
    const w = toolWorld();
    w.setChannel({ isDisconnected: true });
    const sourceId = await w.connect();
    const before = await w.profile();
    expect(before).toMatchObject({ status: 'disconnected', reason: 'source-disconnected' });
    await w.bg.data({ type: 'set-token', id: before.id, token: 'AQX-FAKE-IMPORT-KEEPS' });
    await w.settle();
    await w.bg.data({ type: 'snooze', id: before.id, days: 7 });
    const titles = await w.titles();

    w.clock.advance(60_000);
    const summary = await w.bg.data(
      importProfilesRequest([
        { platform: 'linkedin', name: before.name, handle: before.handle, notes: 'Restored from the backup' },
      ]),
    );
    expect(summary).toEqual({ created: 0, updated: 1 });
    const after = await w.profile();
    expect(after).toMatchObject({
      id: before.id,
      notes: 'Restored from the backup',
      status: 'disconnected',
      reason: 'source-disconnected',
      hasToken: true,
      snoozed: true,
      reconnectUrl: before.reconnectUrl,
      publisher: before.publisher,
    });
    expect(await getToken(before.id)).toBe('AQX-FAKE-IMPORT-KEEPS');
    expect((await historyOf(before.id)).map((e) => e.outcome)).toEqual(['valid']);

    // The link held: the next sync finds the same profile, still broken, and says nothing new.
    w.clock.advance(16 * 60_000);
    await w.sync(sourceId);
    expect(await w.profile()).toMatchObject({ id: before.id, status: 'disconnected' });
    expect(await w.titles()).toEqual(titles);
  });

  it('a field the file leaves out keeps its stored value; one it names replaces it', async () => {
    const w = toolWorld();
    const { profile } = await w.bg.data({
      type: 'save-profile',
      profile: {
        platform: 'facebook',
        name: 'Acme Coffee',
        notes: 'Agency login in the vault',
        connectedAt: '2026-11-01T00:00:00Z',
      },
    });
    await w.bg.data(
      importProfilesRequest([
        { platform: 'facebook', name: 'Acme Coffee', connectedAt: '2026-11-20T00:00:00Z' },
      ]),
    );
    expect(await w.profile()).toMatchObject({
      id: profile.id,
      notes: 'Agency login in the vault',
      connectedAt: '2026-11-20T00:00:00Z',
    });
  });
});
