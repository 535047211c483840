import { expect, it } from 'vitest';
import { BADGE_RED } from '../../../lib/domain/badge';
import { importProfilesRequest } from '../../import-request';
import type { Query } from '../drivers/driver';
import type { DriverSession } from './session';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const TOKEN = 'EAAB-FAKE-SHARED-PAGE-1';
const ADD_FORM: Query = { role: 'form', name: 'Add a profile' };
const popupRow = (name: string): Query => ({ role: 'listitem', name });

async function profileNames(s: DriverSession): Promise<string[]> {
  const answer = (await s.browser.send({ type: 'get-state' })) as { data: { profiles: { name: string }[] } };
  return answer.data.profiles.map((p) => p.name).sort();
}

/** The popup, the options form and a live check, as a person uses them. */
export function profileScenarios(s: DriverSession): void {
  it('adds a profile with a token; the live check against graph.facebook.com finds it disconnected: popup, table and badge say so, Check now asks again', async () => {
    const { world, browser } = s;
    world.setToken(TOKEN, { platform: 'facebook', state: 'password-changed' });
    const empty = await browser.openPopup();
    await empty.text({ role: 'heading', name: 'No profiles yet' });
    await empty.close();

    const options = await browser.openOptions();
    await options.click({ role: 'button', name: 'Add profile' });
    await options.select({ label: 'Platform', within: ADD_FORM }, 'Facebook');
    await options.fill({ label: 'Name', within: ADD_FORM }, 'Acme Coffee');
    await options.select({ label: 'Kind', within: ADD_FORM }, 'Page');
    await options.fill({ label: 'Access token', within: ADD_FORM }, TOKEN);
    await options.click({ role: 'button', name: 'Add profile', within: ADD_FORM });
    await options.text({ role: 'status', hasText: 'Added Acme Coffee.' });
    await expect
      .poll(() => world.requests({ host: 'graph.facebook.com', token: TOKEN }).length)
      .toBeGreaterThan(0);
    await expect.poll(() => browser.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await browser.badge()).title).toContain('Acme Coffee');
    await expect.poll(() => options.text({ role: 'row', hasText: 'Acme Coffee' })).toContain('Disconnected');
    // The page never holds the token.
    expect(await options.text({ css: 'body' })).not.toContain(TOKEN);

    const popup = await browser.openPopup();
    await expect
      .poll(() => popup.text({ css: '.status', within: popupRow('Acme Coffee') }))
      .toBe('Disconnected');
    expect(await popup.text(popupRow('Acme Coffee'))).toContain('Password changed');
    const asked = world.requests({ host: 'graph.facebook.com', token: TOKEN }).length;
    await popup.click({ role: 'button', name: /^Check now\W+Acme Coffee$/, within: popupRow('Acme Coffee') });
    await expect
      .poll(() => world.requests({ host: 'graph.facebook.com', token: TOKEN }).length)
      .toBeGreaterThan(asked);
    expect(await popup.text({ css: '.status', within: popupRow('Acme Coffee') })).toBe('Disconnected');
  });

  it('edits a profile and removes one only after confirmation; the popup lists them most urgent first', async () => {
    const { browser } = s;
    await browser.send(
      importProfilesRequest([
        { platform: 'facebook', name: 'Acme Coffee', handle: 'acmecoffee', expiresAt: inDays(40) },
        { platform: 'linkedin', name: 'Acme Tea', expiresAt: inDays(-1) },
        { platform: 'instagram', name: 'Acme Cakes', expiresAt: inDays(2) },
      ]),
    );
    const popup = await browser.openPopup();
    const list: Query = { role: 'list', name: 'Profiles, most urgent first' };
    await expect.poll(() => popup.count({ role: 'listitem', within: list })).toBe(3);
    expect(await popup.texts({ role: 'heading', within: list })).toEqual([
      'Acme Tea',
      'Acme Cakes',
      'Acme Coffee',
    ]);
    expect(await popup.text({ role: 'status', within: { css: 'header' } })).toBe(
      '1 needs reconnecting · 1 expiring',
    );

    const options = await browser.openOptions();
    await options.click({ role: 'button', name: /^Edit\W+Acme Coffee$/ });
    const form: Query = { role: 'form', name: 'Edit Acme Coffee' };
    await options.fill({ label: 'Handle', within: form }, 'acme.coffee.shop');
    await options.click({ role: 'button', name: 'Save changes', within: form });
    await options.text({ role: 'status', hasText: 'Saved Acme Coffee.' });
    await options.text({ role: 'row', hasText: '@acme.coffee.shop' });

    await options.click({ role: 'button', name: /^Remove\W+Acme Tea$/ });
    const confirm: Query = { role: 'group', name: /Remove Acme Tea\?/ };
    await options.click({ role: 'button', name: 'Cancel', within: confirm });
    expect(await profileNames(s)).toContain('Acme Tea');
    await options.click({ role: 'button', name: /^Remove\W+Acme Tea$/ });
    await options.click({ role: 'button', name: 'Yes, remove', within: confirm });
    await options.text({ role: 'status', hasText: 'Removed Acme Tea.' });
    expect(await profileNames(s)).toEqual(['Acme Cakes', 'Acme Coffee']);
  });
}
