import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import {
  backgroundState,
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  popupRow,
  rowStatus,
  useWorldSession,
  waitFor,
} from './harness';

const KEY = 'BUFFER-FAKE-KEY-E2E-KEPT';
const TOKEN = 'AQX-FAKE-E2E-KEPT-LI';

/** What a tool's word does to a profile after an import or a disconnect (issue 19, items 6 and 9). */
describe('the tool’s word, kept', () => {
  const session = useWorldSession();
  let world: FakeWorld;
  let h: ExtensionHarness;
  beforeAll(() => {
    ({ world, h } = session);
  });

  function toolRow(options: Page) {
    return options
      .getByRole('list', { name: 'Connected publishing tools' })
      .getByRole('listitem')
      .filter({ has: options.getByRole('heading', { name: /^Buffer/ }) });
  }

  /** Buffer with one LinkedIn channel, connected from the options page. */
  async function connectBuffer(state: 'connected' | 'disconnected'): Promise<Page> {
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([
      { id: 'ch-li', service: 'linkedin', name: 'Example Bakery Ltd', handle: 'example-bakery', state },
    ]);
    const options = await h.openOptions();
    await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Buffer' });
    await options.getByLabel('API key', { exact: true }).fill(KEY);
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => toolRow(options).textContent()).toContain('Profiles: 1');
    return options;
  }

  it('a backup imported over a profile Buffer reports broken keeps it broken in Buffer: badge, popup and options row', async () => {
    const options = await connectBuffer('disconnected');
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    const shown = (await h.notifications()).length;

    await importFile(options, 'backup.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'linkedin',
          name: 'Example Bakery Ltd',
          handle: 'example-bakery',
          notes: 'Restored from the agency backup',
        },
      ],
    });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Example Bakery Ltd');
    await expect.poll(() => rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain('Broken in Buffer');
    expect((await h.badge()).text).toBe('1');
    await options.reload();
    await expect
      .poll(() => options.getByRole('row', { name: /Example Bakery Ltd/ }).textContent())
      .toContain('Disconnected');
    const [profile] = (await backgroundState(h)).profiles;
    expect(profile?.notes).toBe('Restored from the agency backup');

    // The next sync finds it still linked and still broken: nothing new to announce.
    await toolRow(options).getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => toolRow(options).getByRole('button', { name: 'Sync now' }).isEnabled())
      .toBe(true);
    expect((await h.badge()).text).toBe('1');
    expect(await h.notifications()).toHaveLength(shown);
  });

  it('disconnecting a tool announces no recovery; the tool saying the channel works again does', async () => {
    world.setToken(TOKEN, { platform: 'linkedin', state: 'valid' });
    const options = await connectBuffer('connected');
    const { id, platform, name, handle, publisher, reconnectUrl } = (await backgroundState(h)).profiles[0]!;
    // Its connection date is known: without Buffer's word, its dates and checks say OK.
    const profile = { platform, name, handle, publisher, reconnectUrl, connectedAt: isoDaysFromNow(-5) };
    expect(((await h.send({ type: 'save-profile', id, profile })) as { ok: boolean }).ok).toBe(true);
    // A pasted token, checked and working.
    const saved = (await h.send({ type: 'set-token', id, token: TOKEN })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await waitFor(() => world.requests({ token: TOKEN }).some((r) => r.result === 200), {
      message: 'the token checked',
    });

    // Buffer reports the channel broken: "Connection lost".
    const before = (await h.notifications()).length;
    world.tools.buffer.setState('ch-li', 'disconnected');
    await toolRow(options).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    await expect.poll(() => h.notifications().then((n) => n.length)).toBe(before + 1);

    // A live check made now still finds the token working; Buffer's word keeps the profile broken.
    const asked = world.requests({ token: TOKEN }).length;
    await h.send({ type: 'check-now', id });
    await waitFor(() => world.requests({ token: TOKEN }).length > asked, { message: 'the second check' });
    const popup = await h.openPopup();
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Bakery Ltd'))).toBe('Disconnected');

    // Disconnect Buffer, keep the profile: OK again, silently (no report made since says it works).
    await toolRow(options).getByRole('button', { name: 'Disconnect' }).click();
    await toolRow(options).getByRole('button', { name: 'Disconnect, keep the profiles' }).click();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Bakery Ltd'))).toBe('OK');
    await backgroundState(h);
    expect(await h.notifications()).toHaveLength(before + 1);

    // Connected again, Buffer still reports it broken; then it says the channel works: that is announced.
    await connectBuffer('disconnected');
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    const lost = (await h.notifications()).length;
    world.tools.buffer.setState('ch-li', 'connected');
    const again = await h.openOptions();
    await toolRow(again).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
    await expect.poll(() => h.notifications().then((n) => n.length)).toBe(lost + 1);
  });
});
