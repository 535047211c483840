import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED } from '../../lib/domain/badge';
import { type FakeWorld, startWorld } from '../fake-platforms';
import {
  addProfile,
  type ExtensionHarness,
  launchExtension,
  localDate,
  popupRow,
  popupSummary,
  removeProfile,
  rowStatus,
} from './harness';

/** The basics a person sees without any live check: dates in, badge and popup out, across worker restarts. */
describe('foundation: profiles by date, badge, popup, worker restarts', () => {
  let world: FakeWorld;
  let h: ExtensionHarness;

  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world });
  });
  afterEach(async () => {
    await h.closeTabs();
    await h.send({ type: 'delete-all', confirm: true });
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
  });
  afterAll(async () => {
    await h?.close();
    await world?.close();
  });

  it('a Facebook profile connected 61 days ago, added through the options form, makes the badge a red 1 and shows as expired in the popup', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', connectedOn: localDate(-61) });

    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect((await h.badge()).title).toContain('Acme Coffee (Facebook)');

    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => rowStatus(row)).toBe('Expired');
    expect(await row.textContent()).toContain('Connection expired');
    expect(await row.getByRole('link', { name: /Reconnect/ }).getAttribute('href')).toBe(
      'https://www.facebook.com/settings?tab=business_tools',
    );
    expect(await popupSummary(popup).textContent()).toBe('1 needs reconnecting');
  });

  it('after reconnecting in the publishing tool, "I reconnected it" in the popup restarts the clock and clears the badge', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', connectedOn: localDate(-61) });
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });

    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => rowStatus(row)).toBe('Expired');
    await row.getByRole('button', { name: /^I reconnected it\W+Acme Coffee$/ }).click();
    await expect.poll(() => rowStatus(row)).toBe('OK');
    expect(await row.textContent()).toMatch(/Expires in (59|60) days/);
    await expect.poll(() => h.badge().then((b) => b.text)).toBe('');
  });

  it('a LinkedIn profile expiring in 3 days shows as expiring with an amber badge, and removing it clears the badge', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'LinkedIn', name: 'Acme Careers', expiresOn: localDate(3) });

    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_AMBER });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Careers');
    await expect.poll(() => rowStatus(row)).toBe('Expiring soon');
    expect(await row.textContent()).toMatch(/Expires in [23] days/);
    expect(await popupSummary(popup).textContent()).toBe('1 expiring');

    await removeProfile(options, 'Acme Careers');
    await expect.poll(() => h.badge()).toMatchObject({ text: '' });
    await expect.poll(() => popupSummary(popup).textContent()).toBe('No profiles yet');
  });

  it('counts only the profiles that need reconnecting, in red, when others are merely expiring', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'LinkedIn', name: 'Acme Careers', expiresOn: localDate(3) });
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_AMBER });
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', connectedOn: localDate(-61) });
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });

    await removeProfile(options, 'Acme Coffee');
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_AMBER });
  });

  it('a worker stopped through CDP and woken again by the popup keeps its alarms and its badge', async () => {
    const options = await h.openOptions();
    await addProfile(options, { platform: 'Facebook', name: 'Acme Coffee', connectedOn: localDate(-61) });
    await addProfile(options, { platform: 'LinkedIn', name: 'Acme Careers', expiresOn: localDate(20) });
    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    // The LinkedIn profile turns "expiring" in 13 days: the status alarm is set for it.
    await expect.poll(() => h.alarms().then((a) => a.map((x) => x.name).sort())).toContain('status-change');
    const before = await h.alarms();
    expect(before.map((a) => a.name)).toEqual(expect.arrayContaining(['periodic-check', 'status-change']));
    const badgeBefore = await h.badge();
    await h.closeTabs();

    const starts = h.workerStarts();
    await h.stopWorker();
    const popup = await h.openPopup();
    await expect.poll(() => h.workerStarts()).toBe(starts + 1);

    await expect.poll(() => popupSummary(popup).textContent()).toBe('1 needs reconnecting');
    const byName = (alarms: typeof before) =>
      Object.fromEntries(
        alarms.map((a) => [
          a.name,
          { scheduledTime: Math.round(a.scheduledTime), period: a.periodInMinutes },
        ]),
      );
    expect(byName(await h.alarms())).toEqual(byName(before));
    expect(await h.badge()).toEqual(badgeBefore);
  });
});
