import { expect, it } from 'vitest';
import { BADGE_RED } from '../../../lib/domain/badge';
import type { Query } from '../drivers/driver';
import type { DriverSession } from './session';

const KEY = 'BUFFER-FAKE-KEY-SHARED-1';
const CHANNELS = [
  {
    id: 'ch-fb',
    service: 'facebook',
    name: 'Example Bakery',
    handle: 'examplebakery',
    state: 'disconnected',
  },
  { id: 'ch-ig', service: 'instagram', name: 'Example Bakery IG', handle: 'examplebakery.ig' },
  { id: 'ch-li', service: 'linkedin', name: 'Example Bakery Ltd', handle: 'example-bakery' },
] as const;

/** The options page's Publishing tools section against the fake Buffer on api.buffer.com. */
export function publishingToolScenarios(s: DriverSession): void {
  it('connecting Buffer lists its channels; the one Buffer reports broken is on the badge, in the popup and on the Facebook banner, with its scheduled posts counted', async () => {
    const { world, browser } = s;
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels(CHANNELS.map((c) => ({ ...c })));
    // Two posts wait on the broken channel: what it will cost, by count and time, never by its words.
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    world.tools.buffer.setPosts([
      { id: 'post-1', channel: 'ch-fb', dueAt: soon(5), text: 'Holiday opening hours' },
      { id: 'post-2', channel: 'ch-fb', dueAt: soon(50), text: 'Winter menu' },
    ]);
    const options = await browser.openOptions();
    await options.select({ label: 'Publishing tool' }, 'Buffer');
    await options.fill({ label: 'API key' }, KEY);
    await options.click({ role: 'button', name: 'Connect' });
    const tools: Query = { role: 'list', name: 'Connected publishing tools' };
    await expect
      .poll(() => options.text({ role: 'listitem', hasText: 'Buffer', within: tools }))
      .toContain('Profiles: 3');
    expect(await options.attribute({ label: 'API key' }, 'value')).toBe('');
    expect(await options.text({ css: 'body' })).not.toContain(KEY);
    expect(world.requests({ host: 'api.buffer.com' }).length).toBeGreaterThan(0);

    await expect.poll(() => browser.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await browser.badge()).title).toContain('Example Bakery (Facebook)');
    expect((await browser.badge()).title).toContain('2 scheduled posts at risk');
    const popup = await browser.openPopup();
    const broken: Query = { role: 'listitem', name: 'Example Bakery' };
    await expect.poll(() => popup.text({ css: '.status', within: broken })).toBe('Disconnected');
    expect(await popup.text(broken)).toContain('Broken in Buffer');
    expect(await popup.text(broken)).toContain('2 scheduled posts will fail · next:');
    expect(await popup.text(broken)).not.toContain('Holiday opening hours');
    expect(
      await popup.text({ css: '.status', within: { role: 'listitem', name: 'Example Bakery IG' } }),
    ).toBe('OK');

    const facebook = await browser.openPage('https://www.facebook.com/');
    await expect
      .poll(async () => (await facebook.banner())?.text ?? '', { timeout: 15_000 })
      .toContain('Example Bakery');
    const banner = (await facebook.banner())?.text ?? '';
    expect(banner).toContain('2 scheduled posts will fail');
    expect(banner).not.toContain('Holiday opening hours');
  });
}
