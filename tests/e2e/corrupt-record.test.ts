import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import { type ExtensionHarness, launchExtension, popupRow } from './harness';

/**
 * A damaged record in the extension's real IndexedDB (Chromium's, not a fake): it is set aside, kept, and
 * reported; every other profile is still listed. The unit variant is in
 * tests/unit/background/profiles-and-badge.test.ts.
 */
describe('a corrupted profile record in IndexedDB', () => {
  let world: FakeWorld;
  let h: ExtensionHarness;

  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world });
  });
  afterAll(async () => {
    await h?.close();
    await world?.close();
  });

  it('is set aside and reported while the popup and the badge still show the rest', async () => {
    const expired = new Date(Date.now() - 86_400_000).toISOString();
    for (const name of ['Acme Coffee', 'Acme Bakery']) {
      expect(
        await h.send({ type: 'save-profile', profile: { platform: 'facebook', name, expiresAt: expired } }),
      ).toMatchObject({ ok: true });
    }
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('2');

    // Extension pages share the worker's origin, so they share its database: damage one record there.
    const page = await h.openPage(h.extensionUrl('manifest.json'));
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('reconnect-radar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('profiles', 'readwrite');
            tx.objectStore('profiles').put({ id: 'broken', platform: 'facebook', name: 42, hasToken: 'yes' });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );

    // The worker reuses its last read while it wrote nothing since (lib/storage/db.ts counts its own writes,
    // not another connection's): damage like this is met when a worker next starts, as after a crash.
    await h.stopWorker();

    const options = await h.openOptions();
    await options.getByText('Stored records that could not be read were set aside: 1.').waitFor();

    const popup = await h.openPopup();
    await popupRow(popup, 'Acme Coffee').waitFor();
    await popupRow(popup, 'Acme Bakery').waitFor();
    expect(await popup.getByRole('listitem').count()).toBe(2);
    expect((await h.badge()).text).toBe('2');

    const kept = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('reconnect-radar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('quarantine').objectStore('quarantine').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
    expect(kept).toEqual([
      expect.objectContaining({
        store: 'profiles',
        key: 'broken',
        value: expect.objectContaining({ name: 42 }),
      }),
    ]);
  });
});
