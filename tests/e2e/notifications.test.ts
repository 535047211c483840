import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHarness, launchExtension } from './harness';

/** Desktop notifications as a person gets them: once per change, also when the worker was stopped meanwhile. */
describe('notifications', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a profile that expires is announced once, by the alarm at its expiry, and not again after a worker restart', async () => {
    const expiresAt = new Date(Date.now() + 6_000).toISOString();
    const saved = (await h.send({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme Corp', expiresAt },
    })) as { ok: boolean; data: { profile: { status: string } } };
    expect(saved.data.profile.status).toBe('expiring');
    expect(await h.notifications()).toHaveLength(0);
    // Nothing wakes the worker but the alarm set for the moment the status changes.
    await h.stopWorker();
    const starts = h.workerStarts();
    await expect.poll(() => h.workerStarts(), { timeout: 20_000, interval: 250 }).toBeGreaterThan(starts);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    await expect.poll(() => h.notifications()).toHaveLength(1);
    expect((await h.badge()).text).toBe('1');

    await h.stopWorker();
    await h.worker();
    await h.send({ type: 'get-state' });
    expect(await h.notifications()).toHaveLength(1);
  });
});
