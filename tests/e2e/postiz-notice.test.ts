import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorld } from '../fake-platforms';
import {
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  popupRow,
  rowStatus,
  useWorldSession,
} from './harness';

/**
 * Postiz's "Could not refresh your linkedin channel" notice, as a person sees it: a dated note on the LinkedIn
 * channel it may be, in the options table and the popup, with the status and the badge untouched.
 */
const KEY = 'TOOL-FAKE-KEY-E2E-POSTIZ-NOTICE';
const SAID = /Postiz could not refresh a LinkedIn channel on \S+ \S+: check it in Postiz/;

let world: FakeWorld;
let h: ExtensionHarness;

async function connectPostiz(options: Page): Promise<void> {
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: 'Postiz' });
  await options.getByLabel('API key', { exact: true }).fill(KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
}

describe('a refresh failure Postiz noted', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('is a dated note on that network’s Postiz channel, and changes neither the status nor the badge', async () => {
    const options = await h.openOptions();
    await importFile(options, 'profiles.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'linkedin',
          name: 'Example Cafe',
          handle: 'examplecafe',
          connectedAt: isoDaysFromNow(-10),
        },
        { platform: 'x', name: 'Example Bakes', handle: 'examplebakes', connectedAt: isoDaysFromNow(-10) },
      ],
    });
    const popupBefore = await h.openPopup();
    const statusBefore = await rowStatus(popupRow(popupBefore, 'Example Cafe'));
    const badgeBefore = await h.badge();
    await popupBefore.close();

    world.tools.postiz.setKey(KEY);
    world.tools.postiz.setChannels([
      { id: 'z1', service: 'linkedin', name: 'Example Cafe', handle: 'examplecafe' },
      { id: 'z2', service: 'x', name: 'Example Bakes', handle: 'examplebakes' },
    ]);
    world.tools.postiz.setNotices([
      {
        content:
          'Could not refresh your linkedin channel invalid_grant. Please go back to the system and connect it again https://postiz.example.test/launches',
        createdAt: isoDaysFromNow(-2),
      },
    ]);
    await connectPostiz(options);
    const cafe = options.getByRole('row', { name: /Example Cafe/ });
    await expect.poll(() => cafe.textContent()).toMatch(SAID);
    expect(await options.getByRole('row', { name: /Example Bakes/ }).textContent()).not.toMatch(SAID);

    const popup = await h.openPopup();
    const row = popupRow(popup, 'Example Cafe');
    await expect.poll(() => row.textContent()).toMatch(SAID);
    expect(await row.getByRole('note').count()).toBe(1);
    expect(await rowStatus(row)).toBe(statusBefore);
    expect(await h.badge()).toEqual(badgeBefore);
  });
});
