import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, popupRow, rowStatus, useWorldSession } from './harness';

/**
 * Issue 21: Zernio and PostFast, connected in the options page and answered by the fake world on their real
 * hosts (zernio.com, api.postfa.st): the status and the badge follow the tool's health fields, and a fault
 * (500, 429) changes nothing.
 */
const KEY = 'TOOL-FAKE-KEY-E2E-MORE-1';
const DAY = 86_400_000;

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

/** A 500, then a 429, each once: the tool's row says so and the badge stays as it was. */
async function faultsChangeNothing(options: Page, tool: 'zernio' | 'postfast', name: string, host: string) {
  const row = sourceRow(options, new RegExp(`^${name}`));
  world.tools[tool].fail('server-error', { times: 1 });
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => row.textContent()).toContain(`${name} answered with a temporary error`);
  expect((await h.badge()).text).toBe('1');

  world.tools[tool].fail('rate-limit', { retryAfterSeconds: 600, times: 1 });
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => row.textContent()).toContain(`${name} asked us to slow down`);
  expect((await h.badge()).text).toBe('1');
  const asked = world.requests({ host }).length;
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => row.getByRole('button', { name: 'Sync now' }).isEnabled()).toBe(true);
  expect(world.requests({ host })).toHaveLength(asked);
  expect((await h.badge()).text).toBe('1');
}

describe('Zernio and PostFast tell the status', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('Zernio: a reconnect needed is red and counted, its exact expiry amber; a 500 or a 429 changes nothing', async () => {
    world.tools.zernio.setKey(KEY);
    world.tools.zernio.setChannels([
      { id: '64e1f0a1b2c3d4e5f6a7e001', service: 'twitter', name: 'Example Roastery', state: 'disconnected' },
      {
        id: '64e1f0a1b2c3d4e5f6a7e002',
        service: 'linkedin',
        name: 'Example Roastery Ltd',
        expiresAt: new Date(Date.now() + 3 * DAY).toISOString(),
      },
      { id: '64e1f0a1b2c3d4e5f6a7e003', service: 'instagram', name: 'Example Roastery IG' },
    ]);
    const options = await h.openOptions();
    await connect(options, 'Zernio');
    await expect.poll(() => sourceRow(options, /^Zernio/).textContent()).toContain('Profiles: 3');
    expect(await options.content()).not.toContain(KEY);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('Example Roastery (X)');

    const popup = await h.openPopup();
    const broken = popupRow(popup, 'Example Roastery');
    await expect.poll(() => rowStatus(broken)).toBe('Disconnected');
    expect(await broken.textContent()).toContain('Broken in Zernio');
    expect(await rowStatus(popupRow(popup, 'Example Roastery Ltd'))).toBe('Expiring soon');
    expect(await rowStatus(popupRow(popup, 'Example Roastery IG'))).toBe('OK');
    // The health list, and the scheduled posts of the one account at risk (Zernio lists posts): nothing else.
    const paths = world.requests({ host: 'zernio.com' }).map((r) => r.path.split('?')[0]);
    expect(new Set(paths)).toEqual(new Set(['/api/v1/accounts/health', '/api/v1/posts']));

    world.tools.zernio.flip('64e1f0a1b2c3d4e5f6a7e001'); // what a sync would learn if it got through
    await faultsChangeNothing(options, 'zernio', 'Zernio', 'zernio.com');
    expect(await rowStatus(popupRow(await h.openPopup(), 'Example Roastery'))).toBe('Disconnected');
  });

  it('PostFast: DISABLED is red and counted, a manual pause a notice; a 500 or a 429 changes nothing', async () => {
    world.tools.postfast.setKey(KEY);
    world.tools.postfast.setChannels([
      { id: '7c0e8a52-0000-4000-8000-0000000e2e01', service: 'FACEBOOK', name: 'Example Deli' },
      {
        id: '7c0e8a52-0000-4000-8000-0000000e2e02',
        service: 'INSTAGRAM',
        name: 'Example Deli IG',
        state: 'disconnected',
      },
      {
        id: '7c0e8a52-0000-4000-8000-0000000e2e03',
        service: 'TIKTOK',
        name: 'Example Deli TT',
        state: 'locked',
      },
    ]);
    const options = await h.openOptions();
    await connect(options, 'PostFast');
    await expect.poll(() => sourceRow(options, /^PostFast/).textContent()).toContain('Profiles: 3');
    expect(await options.content()).not.toContain(KEY);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('Example Deli IG (Instagram)');

    const popup = await h.openPopup();
    const broken = popupRow(popup, 'Example Deli IG');
    await expect.poll(() => rowStatus(broken)).toBe('Disconnected');
    expect(await broken.textContent()).toContain('Broken in PostFast');
    expect(await popupRow(popup, 'Example Deli TT').textContent()).toContain('Disabled in PostFast');
    expect(await rowStatus(popupRow(popup, 'Example Deli'))).toBe('OK');

    world.tools.postfast.flip('7c0e8a52-0000-4000-8000-0000000e2e02');
    await faultsChangeNothing(options, 'postfast', 'PostFast', 'api.postfa.st');
    expect(await rowStatus(popupRow(await h.openPopup(), 'Example Deli IG'))).toBe('Disconnected');
  });
});
