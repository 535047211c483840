import { expect, it } from 'vitest';
import type { DriverSession } from './session';

/** Desktop notifications: Firefox's build shows them without buttons (MV2 has none). */
export function notificationScenarios(s: DriverSession): void {
  it('a profile that expires is announced once, at its expiry, by one notification', async () => {
    const { browser } = s;
    const expiresAt = new Date(Date.now() + 5_000).toISOString();
    const saved = (await browser.send({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme Corp', expiresAt },
    })) as { ok: boolean; data: { profile: { status: string } } };
    expect(saved.data.profile.status).toBe('expiring');
    // Notifications of earlier scenarios may still be shown: only new ones count.
    const earlier = new Set(await browser.notifications());
    const added = async () => (await browser.notifications()).filter((id) => !earlier.has(id));
    await expect.poll(added, { timeout: 20_000, interval: 250 }).toHaveLength(1);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    expect((await browser.badge()).text).toBe('1');
    // The status is the same on the next reads: nothing is announced twice.
    await browser.send({ type: 'get-state' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await added()).toHaveLength(1);
  });
}
