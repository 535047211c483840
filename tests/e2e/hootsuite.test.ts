import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, popupRow, useWorldSession } from './harness';

/**
 * Hootsuite through the person's own app (issue 21): the sign-in runs in Chromium's own
 * `identity.launchWebAuthFlow` window against the fake authorization server on platform.hootsuite.com, which
 * sends the browser back to the extension's redirect URL with the code and the state; the browser catches it.
 */
const CLIENT_ID = 'FAKE-hs-client-e2e';
const CLIENT_SECRET = 'FAKE-hs-secret-e2e-Rk27';
const HOST = 'platform.hootsuite.com';

let world: FakeWorld;
let h: ExtensionHarness;

function sourceRow(options: Page) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: /^Hootsuite/ }) });
}

const tokenRequests = () => world.requests({ host: HOST, path: '/oauth2/token' }).length;

describe('Hootsuite, signed in through the person’s own app', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('connects through the browser’s sign-in window, shows the status and the badge; a lost rotation says connect again', async () => {
    const hootsuite = world.tools.hootsuite;
    const oauth = hootsuite.oauth!;
    hootsuite.setKey(`${CLIENT_ID}:${CLIENT_SECRET}`);
    hootsuite.setChannels([
      {
        id: '1000000001',
        service: 'INSTAGRAMBUSINESS',
        name: 'Example Bakery',
        handle: 'examplebakery',
        state: 'disconnected',
      },
      { id: '1000000002', service: 'FACEBOOKPAGE', name: 'Example Bakery Page' },
    ]);
    // Shorter than the refresh margin: every sync refreshes first (the rotation runs in the real browser).
    oauth.setAccessLifetime(120);

    const options = await h.openOptions();
    await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Hootsuite' });
    const redirect = options.getByLabel('Redirect URL to add to your Hootsuite app');
    // Known before the identity permission is granted: Chromium's is fixed by the extension id.
    expect(await redirect.inputValue()).toBe(`https://${h.extensionId}.chromiumapp.org/`);
    await options.getByLabel('Client ID of your Hootsuite app').fill(CLIENT_ID);
    await options.getByLabel('Client secret of your Hootsuite app').fill(CLIENT_SECRET);
    await options.getByRole('button', { name: 'Sign in to Hootsuite' }).click();

    // `identity` has no install warning: headless Chromium grants it without a prompt (measured here).
    await expect.poll(() => sourceRow(options).textContent(), { timeout: 20_000 }).toContain('Profiles: 2');
    type WithPermissions = {
      chrome: { permissions: { contains(p: { permissions: string[] }): Promise<boolean> } };
    };
    const granted = await h.evalInWorker(() =>
      (globalThis as unknown as WithPermissions).chrome.permissions.contains({ permissions: ['identity'] }),
    );
    expect(granted).toBe(true);
    // The fake sign-in page sent the code to the extension's own redirect URL, and the browser caught it.
    expect(oauth.log().redirects).toEqual([`https://${h.extensionId}.chromiumapp.org/`]);
    expect(oauth.log().grants).toEqual(['authorization_code', 'refresh_token']);
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    const popup = await h.openPopup();
    await expect.poll(() => popupRow(popup, 'examplebakery').textContent()).toContain('Broken in Hootsuite');
    await popup.close();

    // The refresh is done (the old refresh token spent) but its answer never arrives.
    oauth.loseNextRefresh();
    await sourceRow(options).getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => sourceRow(options).textContent(), { timeout: 20_000 })
      .toContain('Connect Hootsuite again');
    // Measured: Chromium itself sends the POST again when the connection (a reused keep-alive one) closes with
    // no answer; that second try carries the spent refresh token and gets invalid_grant. Either way the source
    // says "connect again", and no refresh ever succeeds with the spent token.
    const results = world.requests({ host: HOST, path: '/oauth2/token' }).map((r) => r.result);
    expect(results.slice(0, 3)).toEqual([200, 200, 'dropped']);
    expect(results.slice(3).every((r) => r === 400)).toBe(true);
    expect(results.length).toBeLessThanOrEqual(4);
    // Never a verdict on the profiles: the broken one is still counted, the other still fine.
    expect((await h.badge()).text).toBe('1');

    // No loop: syncing again sends nothing until the person signs in again.
    const sent = tokenRequests();
    await sourceRow(options).getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => sourceRow(options).getByRole('button', { name: 'Sync now' }).isEnabled())
      .toBe(true);
    expect(tokenRequests()).toBe(sent);
    expect(world.requests({ host: HOST, path: '/v1/socialProfiles' }).length).toBe(1);

    await sourceRow(options).getByRole('button', { name: 'Connect again' }).click();
    await expect
      .poll(() => sourceRow(options).textContent(), { timeout: 20_000 })
      .not.toContain('Connect Hootsuite again');
    expect(oauth.log().grants.slice(results.length)).toEqual(['authorization_code', 'refresh_token']);
    await expect.poll(() => sourceRow(options).textContent()).toContain('Profiles: 2');
    expect((await h.badge()).text).toBe('1');
  });
});
