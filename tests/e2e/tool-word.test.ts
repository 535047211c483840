import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import {
  addProfile,
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  popupRow,
  rowStatus,
  useWorldSession,
} from './harness';

/**
 * Issue 19, what the person sees when a tool's word is merged with what the extension knows: badge, popup
 * row, options row and notifications, with the fake tools answering on their real hostnames.
 */
const KEY = 'TOOL-FAKE-KEY-E2E-WORD-1';

let world: FakeWorld;
let h: ExtensionHarness;

async function connect(options: Page, tool: string): Promise<void> {
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: tool });
  await options.getByLabel('API key', { exact: true }).fill(KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
}

function sourceRow(options: Page, label: RegExp) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: label }) });
}

const optionsRow = (options: Page, name: string) => options.getByRole('row', { name: new RegExp(name) });

async function profileNames(): Promise<string[]> {
  const state = (await h.send({ type: 'get-state' })) as { data: { profiles: { name: string }[] } };
  return state.data.profiles.map((p) => p.name).sort();
}

describe('the tool’s word, merged right', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('1. a disabled Postiz channel never turns a revoked token green', async () => {
    const token = 'AQX-FAKE-REVOKED-WORD-1';
    world.setToken(token, { platform: 'linkedin', state: 'revoked' });
    const options = await h.openOptions();
    await importFile(options, 'profiles.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'linkedin',
          name: 'Example Cafe Ltd',
          handle: 'examplecafe',
          connectedAt: isoDaysFromNow(-90),
          accessToken: token,
        },
      ],
    });
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    world.tools.postiz.setKey(KEY);
    world.tools.postiz.setChannels([
      { id: 'z1', service: 'linkedin', name: 'Example Cafe Ltd', handle: 'examplecafe', state: 'locked' },
    ]);
    await connect(options, 'Postiz');
    await expect.poll(() => sourceRow(options, /^Postiz/).textContent()).toContain('Profiles: 1');
    expect(await profileNames()).toEqual(['Example Cafe Ltd']);
    await expect
      .poll(() => optionsRow(options, 'Example Cafe Ltd').textContent())
      .toContain('Disabled in Postiz');
    expect(await optionsRow(options, 'Example Cafe Ltd').textContent()).toContain('Disconnected');
    expect((await h.badge()).text).toBe('1');
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Example Cafe Ltd');
    await expect.poll(() => rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain('Access revoked');
    expect(await row.textContent()).toContain('Disabled in Postiz');
  });

  it('3. a network Ayrshare unlinks is red, counted, and notified once', async () => {
    world.tools.ayrshare.setKey(KEY);
    world.tools.ayrshare.setChannels([
      { id: 'ay-fb', service: 'facebook', name: 'Example Florist', handle: 'exampleflorist' },
      { id: 'ay-li', service: 'linkedin', name: 'Example Florist Ltd' },
    ]);
    const options = await h.openOptions();
    await connect(options, 'Ayrshare');
    const tool = sourceRow(options, /^Ayrshare/);
    await expect.poll(() => tool.textContent()).toContain('Profiles: 2');
    expect((await h.badge()).text).toBe('');
    const shown = (await h.notifications()).length;

    world.tools.ayrshare.flip('ay-li'); // Ayrshare unlinks the broken connection
    await tool.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('Example Florist Ltd');
    await expect
      .poll(() => optionsRow(options, 'Example Florist Ltd').textContent())
      .toContain('Disconnected');
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Example Florist Ltd');
    await expect.poll(() => rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain('Unlinked by Ayrshare');
    expect(await row.textContent()).toContain('Link it again in Ayrshare');
    await expect.poll(() => h.notifications().then((n) => n.length)).toBe(shown + 1);

    await tool.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => tool.getByRole('button', { name: 'Sync now' }).isEnabled()).toBe(true);
    expect(await h.notifications()).toHaveLength(shown + 1);
    expect((await h.badge()).text).toBe('1');
  });

  it('7. a profile made by hand with a name only is linked, not duplicated; a tie is named on the tool’s row', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee' });
    await addProfile(options, { platform: 'Instagram', name: 'Acme Café' });
    await addProfile(options, { platform: 'Instagram', name: 'acme cafe' });
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([
      { id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acmecoffee', state: 'disconnected' },
      { id: 'c2', service: 'instagram', name: 'ACME CAFE', handle: 'acmecafe' },
    ]);
    await connect(options, 'Buffer');
    const tool = sourceRow(options, /^Buffer/);
    await expect.poll(() => tool.textContent()).toContain('Profiles: 1');
    expect(await tool.textContent()).toContain(
      'Not linked, because several of your profiles match each of them: ACME CAFE (Instagram, 2).',
    );
    expect(await profileNames()).toEqual(['Acme Café', 'Acme Coffee', 'acme cafe']);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain('Broken in Buffer');
  });

  it('8. "Disconnect and remove its profiles (N)" removes exactly the N it shows', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', handle: 'acmecoffee' });
    world.tools.buffer.setKey(KEY);
    world.tools.buffer.setChannels([
      { id: 'c1', service: 'facebook', name: 'Acme Coffee', handle: 'acmecoffee' },
      { id: 'c2', service: 'instagram', name: 'Made By Buffer', handle: 'madebybuffer' },
      { id: 'c3', service: 'linkedin', name: 'Soon Gone', handle: 'soongone' },
    ]);
    await connect(options, 'Buffer');
    const tool = sourceRow(options, /^Buffer/);
    await expect.poll(() => tool.textContent()).toContain('Profiles: 3');
    world.tools.buffer.remove('c3');
    await tool.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => tool.textContent()).toContain('No longer in Buffer: 1');

    await tool.getByRole('button', { name: 'Disconnect' }).click();
    const remove = tool.getByRole('button', { name: 'Disconnect and remove its profiles (1)' });
    await remove.waitFor();
    expect(await tool.textContent()).toContain('Profiles you made or imported are kept and unlinked.');
    expect(await tool.textContent()).toContain('Profiles no longer in Buffer (1) are not removed by this');
    await remove.click();
    await expect
      .poll(() => options.getByRole('list', { name: 'Connected publishing tools' }).count())
      .toBe(0);
    expect(await profileNames()).toEqual(['Acme Coffee', 'Soon Gone']);
  });
});
