import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, localDate, popupRow, rowStatus, useWorldSession } from './harness';

/**
 * Issue 21, Planable: connect it in options with its `pln_…` token and the day the token expires, see a page
 * Planable reports disconnected as broken (badge, popup), see the token's expiry on the tool's row, and see
 * that Planable's own failures (500, 429) change no status. The fake API answers on api.planable.io.
 */
const KEY = 'pln_FAKE_E2E_planable_0001';

let world: FakeWorld;
let h: ExtensionHarness;

function sourceRow(options: Page) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: /^Planable/ }) });
}

/** Connects Planable with a token that expires `expiresInDays` from today (this browser's calendar). */
async function connectPlanable(expiresInDays: number): Promise<Page> {
  world.tools.planable.setKey(KEY);
  world.tools.planable.setOrganizations([{ id: 'wks_e2e_1', name: 'Example Bakery' }]);
  world.tools.planable.setChannels([
    { id: 'pg_fb', service: 'facebook', name: 'Example Bakery' },
    { id: 'pg_ig', service: 'instagram', name: 'Example Bakery IG', state: 'disconnected' },
  ]);
  const options = await h.openOptions();
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Planable' });
  await options
    .getByLabel('When does this Planable token expire? (optional)', { exact: true })
    .fill(localDate(expiresInDays));
  await options.getByLabel('API key', { exact: true }).fill(KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect.poll(() => sourceRow(options).textContent()).toContain('Profiles: 2');
  return options;
}

describe('Planable', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('connects with its token: a page Planable reports disconnected is red, and the token’s expiry is on its row', async () => {
    const options = await connectPlanable(3);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    const row = sourceRow(options);
    const warning = row.getByRole('status');
    await expect
      .poll(() => warning.textContent())
      .toMatch(/Your Planable token expires on .+: make a new token/);
    expect(await row.textContent()).toContain('Planable: Example Bakery');
    const popup = await h.openPopup();
    const broken = popupRow(popup, 'Example Bakery IG');
    await expect.poll(() => rowStatus(broken)).toBe('Disconnected');
    expect(await broken.textContent()).toContain('Broken in Planable');
    expect(await rowStatus(popupRow(popup, 'Example Bakery'))).toBe('OK');
    expect(await popup.content()).not.toContain(KEY);
    expect(await options.content()).not.toContain(KEY);
  });

  it('a token far from its expiry is said plainly, without a warning', async () => {
    const options = await connectPlanable(90);
    const row = sourceRow(options);
    await expect.poll(() => row.textContent()).toMatch(/Your Planable token expires on /);
    expect(await row.getByRole('status').count()).toBe(0);
  });

  it('a 500 and a 429 from Planable change no status, and say what is wrong', async () => {
    const options = await connectPlanable(90);
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('1');
    const row = sourceRow(options);
    world.tools.planable.flip('pg_ig'); // what a sync would learn if it got through

    world.tools.planable.fail('server-error', { times: 1 });
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Planable answered with a temporary error');
    expect((await h.badge()).text).toBe('1');

    world.tools.planable.fail('rate-limit', { retryAfterSeconds: 600, times: 1 });
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => row.textContent()).toContain('Planable asked us to slow down');
    expect((await h.badge()).text).toBe('1');
    const popup = await h.openPopup();
    await expect.poll(() => rowStatus(popupRow(popup, 'Example Bakery IG'))).toBe('Disconnected');
  });
});
