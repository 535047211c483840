import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_RED } from '../../lib/domain/badge';
import type { PlatformId } from '../../lib/domain/platform-id';
import { reasonMessageKey } from '../../lib/domain/reason-catalogue';
import type { Reason } from '../../lib/domain/reasons';
import { platform } from '../../lib/platforms';
import messages from '../../public/_locales/en/messages.json';
import type { FakeWorld, TokenState } from '../fake-platforms';
import {
  actionButton,
  addProfile,
  type ExtensionHarness,
  importFile,
  isoDaysFromNow,
  localDate,
  popupRow,
  rowStatus,
  useWorldSession,
} from './harness';

const STALE = /Couldn.t check: (.+) · showing last known status/;

/** Live checks as a person meets them: tokens given in the options page or an import file, answers in the popup. */
describe('live checks against the fake platforms', () => {
  const session = useWorldSession();
  let world: FakeWorld;
  let h: ExtensionHarness;
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('a Facebook page token answered with 190/460 counts on the badge, notifies once, and shows "Password changed" with its remedy; valid again, Check now makes it OK', async () => {
    const token = 'EAAB-FAKE-PAGE-460';
    world.setToken(token, { platform: 'facebook', state: 'password-changed' });
    const shown = (await h.notifications()).length;
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'Facebook',
      name: 'Acme Coffee',
      kind: 'Page',
      connectedOn: localDate(-10),
      token,
    });

    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    expect(world.requests({ token, host: 'graph.facebook.com' }).length).toBeGreaterThan(0);
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => row.textContent()).toContain('Password changed');
    expect(await rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain(
      'Reconnect the profile in your publishing tool, logged in with the new password.',
    );
    expect(await popup.content()).not.toContain(token);
    expect(await options.content()).not.toContain(token);

    // One notification for the failure, and none more when a second check finds the same failure.
    await expect.poll(() => h.notifications()).toHaveLength(shown + 1);
    const checks = world.requests({ token }).length;
    await actionButton(row, 'Check now', 'Acme Coffee').click();
    await expect.poll(() => world.requests({ token }).length).toBeGreaterThan(checks);
    await expect.poll(() => actionButton(row, 'Check now', 'Acme Coffee').isEnabled()).toBe(true);
    expect(await h.notifications()).toHaveLength(shown + 1);

    world.setState(token, 'valid');
    const before = world.requests({ token }).length;
    await actionButton(row, 'Check now', 'Acme Coffee').click();
    await expect.poll(() => rowStatus(row)).toBe('OK');
    expect(await row.textContent()).not.toContain('Password changed');
    expect(world.requests({ token }).length).toBeGreaterThan(before);
    await expect.poll(() => h.badge()).toMatchObject({ text: '' });
  });

  it('a LinkedIn token imported from a file and answered with 401 REVOKED_ACCESS_TOKEN shows as "Access revoked"', async () => {
    const token = 'AQX-FAKE-REVOKED-1';
    world.setToken(token, { platform: 'linkedin', state: 'revoked' });
    const options = await h.openOptions();
    await importFile(options, 'profiles.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [
        {
          platform: 'linkedin',
          name: 'Acme Careers',
          kind: 'organization',
          handle: 'acme-careers',
          connectedAt: isoDaysFromNow(-5),
          accessToken: token,
        },
      ],
    });

    await expect.poll(() => h.badge()).toMatchObject({ text: '1', color: BADGE_RED });
    const [request] = world.requests({ token });
    expect(request).toMatchObject({ host: 'api.linkedin.com', path: '/v2/userinfo', result: 401 });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Careers');
    await expect.poll(() => row.textContent()).toContain('Access revoked');
    expect(await rowStatus(row)).toBe('Disconnected');
    expect(await row.textContent()).toContain('allow access again');
  });

  it('with the platform answering 500s or hanging, no profile turns expired: the popup keeps the last known status and marks the check stale', async () => {
    const token = 'EAAB-FAKE-HEALTHY-1';
    world.setToken(token, { platform: 'facebook', state: 'valid' });
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'Facebook',
      name: 'Acme Coffee',
      connectedOn: localDate(-10),
      token,
    });
    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee');
    await expect.poll(() => row.textContent()).toContain('Checked');
    expect(await rowStatus(row)).toBe('OK');

    world.fault({ kind: 'server-error' }, { host: 'graph.facebook.com' });
    await actionButton(row, 'Check now', 'Acme Coffee').click();
    await expect.poll(() => row.textContent()).toMatch(STALE);
    expect((await row.textContent())?.match(STALE)?.[1]).toBe('Platform error');
    expect(await rowStatus(row)).toBe('OK');
    expect(world.requests({ token }).at(-1)?.result).toBe(500);
    expect((await h.badge()).text).toBe('');

    world.clearFaults();
    world.fault({ kind: 'hang' }, { host: 'graph.facebook.com' });
    await actionButton(row, 'Check now', 'Acme Coffee').click();
    // The background gives up after its own 10 s limit.
    await expect
      .poll(() => row.textContent()?.then((t) => t?.match(STALE)?.[1]), { timeout: 20_000 })
      .toBe('Check timed out');
    expect(await rowStatus(row)).toBe('OK');
    expect(world.requests({ token }).at(-1)?.result).toBe('aborted');
    expect((await h.badge()).text).toBe('');
  });

  it.each<[PlatformId, string, TokenState, Reason]>([
    ['facebook', 'graph.facebook.com', 'checkpoint', 'security-checkpoint'],
    ['instagram', 'graph.instagram.com', 'app-removed', 'app-removed'],
    ['threads', 'graph.threads.net', 'expired', 'token-expired'],
    ['linkedin', 'api.linkedin.com', 'expired', 'token-expired'],
    ['pinterest', 'api.pinterest.com', 'invalid', 'token-invalid'],
  ])(
    '%s: through %s, a working token shows OK and a token that is %s shows %s',
    async (id, host, state, reason) => {
      const name = platform(id).displayName;
      const live = `FAKE-${id}-LIVE-TOKEN`;
      const dead = `FAKE-${id}-${state}-TOKEN`;
      world.setToken(live, { platform: id, state: 'valid' });
      world.setToken(dead, { platform: id, state });
      const options = await h.openOptions();
      const profile = (suffix: string, accessToken: string) => ({
        platform: id,
        name: `${name} ${suffix}`,
        connectedAt: isoDaysFromNow(-5),
        accessToken,
      });
      await importFile(options, 'profiles.json', {
        format: 'reconnect-radar',
        version: 1,
        profiles: [profile('working', live), profile('broken', dead)],
      });

      const popup = await h.openPopup();
      const broken = popupRow(popup, `${name} broken`);
      await expect
        .poll(() => broken.textContent())
        .toContain(messages[reasonMessageKey(reason, 'title')].message);
      expect(await rowStatus(broken)).toBe(reason === 'token-expired' ? 'Expired' : 'Disconnected');
      const working = popupRow(popup, `${name} working`);
      await expect.poll(() => working.textContent()).toContain('Checked');
      expect(await rowStatus(working)).toBe('OK');
      for (const token of [live, dead]) {
        expect(world.requests({ token }).map((r) => r.host)).toContain(host);
      }
    },
  );
});
