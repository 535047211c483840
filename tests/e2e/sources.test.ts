import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, popupRow, rowStatus, useWorldSession, waitFor } from './harness';

const KEY = 'BUFFER-FAKE-KEY-E2E-1';
const AYRSHARE_KEY = 'AYRSHARE-FAKE-KEY-E2E-1';

/** The Buffer channels of a small team: one of them broken, one on a network the extension does not track. */
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
  { id: 'ch-md', service: 'mastodon', name: 'Example Bakery on Mastodon', handle: 'bakery' },
] as const;

let world: FakeWorld;
let h: ExtensionHarness;

async function connect(options: Page, tool: string, key: string): Promise<void> {
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: tool });
  await options.getByLabel('API key', { exact: true }).fill(key);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
}

function sourceRow(options: Page, label: string | RegExp) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: label }) });
}

async function profileCount(): Promise<number> {
  const state = (await h.send({ type: 'get-state' })) as { data: { profiles: unknown[] } };
  return state.data.profiles.length;
}

/** The text of our banner on a page, read through CDP (its shadow root is closed to the page). */
async function bannerText(page: Page): Promise<string> {
  const cdp = await h.context.newCDPSession(page);
  interface Node {
    nodeType: number;
    nodeName: string;
    nodeValue: string;
    children?: Node[];
    shadowRoots?: Node[];
  }
  const collect = (node: Node, inside: boolean): string => {
    const here = inside || node.nodeName === 'RECONNECT-RADAR-BANNER';
    const own = here && node.nodeType === 3 ? node.nodeValue : '';
    if (node.nodeName === 'STYLE') return '';
    return (
      own + [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((c) => collect(c, here)).join(' ')
    );
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  return collect(root, false).replace(/\s+/g, ' ').trim();
}

async function connectBuffer(): Promise<Page> {
  world.tools.buffer.setKey(KEY);
  world.tools.buffer.setChannels(CHANNELS.map((c) => ({ ...c })));
  const options = await h.openOptions();
  await connect(options, 'Buffer', KEY);
  await expect.poll(() => sourceRow(options, /^Buffer/).textContent()).toContain('Profiles: 3');
  return options;
}

describe('publishing tools as sources', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('installing opens the welcome page with its three ways in', async () => {
    const welcome = await waitFor(() => h.context.pages().find((p) => p.url().endsWith('/welcome.html')), {
      message: 'the welcome page',
    });
    for (const name of ['Connect a publishing tool', 'Import a file', 'Add a profile by hand']) {
      await expect.poll(() => welcome.getByRole('link', { name }).count()).toBe(1);
    }
    expect(
      await welcome.getByRole('link', { name: 'Connect a publishing tool' }).getAttribute('href'),
    ).toMatch(/options\.html#sources$/);
    await welcome.close();
  });

  it('a wrong key gives an error naming the key and the tool, and adds nothing', async () => {
    world.tools.buffer.setKey(KEY);
    const options = await h.openOptions();
    await connect(options, 'Buffer', 'NOT-THE-BUFFER-KEY');
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toContain('Buffer did not accept this API key');
    expect(await options.getByRole('list', { name: 'Connected publishing tools' }).count()).toBe(0);
    expect(await profileCount()).toBe(0);
    expect(await options.getByLabel('API key', { exact: true }).inputValue()).toBe('');
    expect(await options.content()).not.toContain('NOT-THE-BUFFER-KEY');
  });

  it('a good key lists the channels; the disconnected one is counted on the badge and named on the Facebook banner', async () => {
    const options = await connectBuffer();
    const row = sourceRow(options, /^Buffer/);
    expect(await row.textContent()).toContain('On networks not tracked: 1');
    expect(await options.getByLabel('API key', { exact: true }).inputValue()).toBe('');
    expect(await options.content()).not.toContain(KEY);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('Example Bakery (Facebook)');

    const popup = await h.openPopup();
    const broken = popupRow(popup, 'Example Bakery');
    await expect.poll(() => rowStatus(broken)).toBe('Disconnected');
    expect(await broken.textContent()).toContain('Broken in Buffer');
    expect(await rowStatus(popupRow(popup, 'Example Bakery IG'))).toBe('OK');
    expect(await popup.content()).not.toContain(KEY);

    const facebook = await h.openPage('https://www.facebook.com/');
    await expect.poll(() => bannerText(facebook), { timeout: 15_000 }).toContain('Example Bakery');
  });

  it('a channel flipping state is picked up by Check all in the popup', async () => {
    await connectBuffer();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    world.tools.buffer.flip('ch-fb');
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Check all' }).click();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Bakery'))).toBe('OK');
  });

  it('a 500 and a 429 change no status; the tool says what is wrong and waits out the Retry-After', async () => {
    const options = await connectBuffer();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    const row = sourceRow(options, /^Buffer/);
    world.tools.buffer.flip('ch-fb'); // what a sync would learn if it got through

    world.tools.buffer.fail('server-error', { times: 1 });
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Buffer answered with a temporary error');
    expect((await h.badge()).text).toBe('1');

    world.tools.buffer.fail('rate-limit', { retryAfterSeconds: 600, times: 1 });
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Buffer asked us to slow down');
    expect((await h.badge()).text).toBe('1');
    const asked = world.requests({ host: 'api.buffer.com' }).length;
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Sync now' }).isEnabled()).toBe(true);
    expect(world.requests({ host: 'api.buffer.com' })).toHaveLength(asked);
    expect((await h.badge()).text).toBe('1');
  });

  it('a channel removed from the tool is no longer counted, and can be removed in one click', async () => {
    const options = await connectBuffer();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    world.tools.buffer.remove('ch-fb');
    const row = sourceRow(options, /^Buffer/);
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Profiles: 2');
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
    const popup = await h.openPopup();
    await expect.poll(() => popupRow(popup, 'Example Bakery').textContent()).toContain('No longer in Buffer');
    expect(await profileCount()).toBe(3);
    await row.getByRole('button', { name: 'Remove them' }).click();
    await expect.poll(() => profileCount()).toBe(2);
  });

  it('a revoked key gives the tool’s error and no red profile; a new key fixes it', async () => {
    const options = await connectBuffer();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    const shown = (await h.notifications()).length;
    world.tools.buffer.setKey(KEY, 'revoked');
    const row = sourceRow(options, /^Buffer/);
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Buffer no longer accepts this key: replace it.');
    expect((await h.badge()).text).toBe('1');
    const popup = await h.openPopup();
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Bakery IG'))).toBe('OK');
    expect(await rowStatus(popupRow(popup, 'Example Bakery Ltd'))).toBe('OK');
    await expect.poll(() => h.notifications().then((n) => n.length)).toBe(shown + 1);

    world.tools.buffer.setKey('BUFFER-FAKE-KEY-E2E-2');
    await row.getByRole('button', { name: 'Replace key' }).click();
    await row.getByLabel('New API key for Buffer').fill('BUFFER-FAKE-KEY-E2E-2');
    await row.getByRole('button', { name: 'Save key' }).click();
    await expect.poll(() => row.textContent()).toContain('Working');
    expect(await options.content()).not.toContain('BUFFER-FAKE-KEY-E2E-2');
  });

  it('the profiles survive a worker restart', async () => {
    await connectBuffer();
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    await h.stopWorker();
    expect(await profileCount()).toBe(3);
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    const options = await h.openOptions();
    await expect.poll(() => sourceRow(options, /^Buffer/).textContent()).toContain('Profiles: 3');
  });

  it('Disconnect asks whether to keep the profiles, and keeping them unlinks them', async () => {
    const options = await connectBuffer();
    const row = sourceRow(options, /^Buffer/);
    await row.getByRole('button', { name: 'Disconnect' }).click();
    await row.getByRole('button', { name: 'Disconnect, keep the profiles' }).click();
    await expect
      .poll(() => options.getByRole('list', { name: 'Connected publishing tools' }).count())
      .toBe(0);
    expect(await profileCount()).toBe(3);
  });

  // Ayrshare unlinks a broken network (it leaves activeSocialAccounts): one that was never active when
  // connecting is not a linked network, so it is not made a profile (tests/e2e/tool-word.test.ts: one that
  // vanishes later is red).
  it('Ayrshare: a wrong key is refused, a good one lists its linked networks', async () => {
    world.tools.ayrshare.setKey(AYRSHARE_KEY);
    world.tools.ayrshare.setChannels([
      { id: 'ay-fb', service: 'facebook', name: 'Example Florist', handle: 'examploflorist' },
      { id: 'ay-li', service: 'linkedin', name: 'Example Florist Ltd', state: 'disconnected' },
    ]);
    const options = await h.openOptions();
    await connect(options, 'Ayrshare', 'NOT-THE-AYRSHARE-KEY');
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toContain('Ayrshare did not accept this API key');
    expect(await profileCount()).toBe(0);
    await connect(options, 'Ayrshare', AYRSHARE_KEY);
    await expect.poll(() => sourceRow(options, /^Ayrshare/).textContent()).toContain('Profiles: 1');
    const popup = await h.openPopup();
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Florist'))).toBe('OK');
    expect(await profileCount()).toBe(1);
    expect((await h.badge()).text).toBe('');
    expect(await options.content()).not.toContain(AYRSHARE_KEY);
  });
});
