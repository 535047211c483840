import { expect, it } from 'vitest';
import type { FirefoxDriver } from '../drivers/firefox';
import type { DriverSession } from './session';

/**
 * The Firefox build's notifications (MV2): Firefox's notifications have no buttons, so the build asks for
 * none (Firefox refuses the whole notification otherwise), and a click on one opens the popup at its profile.
 */
export function firefoxNotificationScenarios(s: DriverSession<FirefoxDriver>): void {
  it('a notification has no buttons, and a click on it opens the popup at its profile and clears it', async () => {
    const { browser } = s;
    const saved = (await browser.send({
      type: 'save-profile',
      profile: {
        platform: 'linkedin',
        name: 'Acme Clicks',
        expiresAt: new Date(Date.now() + 3_000).toISOString(),
      },
    })) as { data: { profile: { id: string } } };
    const id = saved.data.profile.id;
    const before = (await browser.shownNotifications()).length;
    await expect
      .poll(async () => (await browser.shownNotifications()).length, { timeout: 20_000 })
      .toBe(before + 1);
    const shown = (await browser.shownNotifications()).at(-1)!;
    expect(shown.text).toContain('Acme Clicks');
    expect(shown.actions).toBe(0);
    expect(await browser.notifications()).toContain(shown.name);

    await browser.clickNotification(shown.name);
    await expect
      .poll(() => browser.tabUrls())
      .toContainEqual(expect.stringMatching(new RegExp(`/popup\\.html#profile=${id}$`)));
    await expect.poll(() => browser.notifications()).not.toContain(shown.name);
  });
}
