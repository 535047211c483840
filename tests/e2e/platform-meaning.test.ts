import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorld } from '../fake-platforms';
import {
  addProfile,
  backgroundState,
  type ExtensionHarness,
  localDate,
  popupRow,
  rowStatus,
  useWorldSession,
} from './harness';

const X_SENTENCE =
  'X tokens are not checked, because a token you can paste either needs your publishing app’s secret or lasts only 2 hours, so it would say nothing about the connection.';
const GOOGLE_SENTENCE =
  'Google tokens are not checked, because they last 1 hour while your publishing tool renews them, so a pasted one would say nothing about the connection.';

interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: string;
}

/** What a live check means, platform by platform, as a person meets it in real Chromium. */
describe('live checks only where they mean something', () => {
  const session = useWorldSession({ clearLog: true });
  let world: FakeWorld;
  let h: ExtensionHarness;
  beforeAll(() => {
    ({ world, h } = session);
  });

  it.each([
    ['X', 'Acme Tweets', X_SENTENCE],
    ['YouTube', 'Acme Coffee TV', GOOGLE_SENTENCE],
  ])(
    'a %s profile offers no live check and says why, when added and in its token panel',
    async (display, name, sentence) => {
      const options = await h.openOptions();
      await options.getByRole('button', { name: 'Add profile', exact: true }).first().click();
      const form = options.getByRole('form', { name: 'Add a profile' });
      await form.getByLabel('Platform').selectOption({ label: display });
      await form.getByText(sentence).waitFor();
      expect(await form.getByLabel('Access token').count()).toBe(0);
      await form.getByRole('button', { name: 'Cancel' }).click();

      await addProfile(options, { platform: display, name, connectedOn: localDate(-3) });
      await options.getByRole('button', { name: new RegExp(`^Edit\\W+${name}$`) }).click();
      const panel = options.getByRole('region', { name: 'Live checks' });
      await panel.getByText(sentence).waitFor();
      expect(await panel.getByLabel('Access token').count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Save token' }).count()).toBe(0);

      const popup = await h.openPopup();
      const row = popupRow(popup, name);
      await row.waitFor();
      expect(await rowStatus(row)).toBe('OK');
      expect(await row.getByRole('button', { name: /^Check now/ }).count()).toBe(0);
    },
  );

  it('a LinkedIn token answered 403 ACCESS_DENIED (no read scope) shows OK: the token is alive', async () => {
    const token = 'AQX-FAKE-NO-OPENID-SCOPE';
    world.setToken(token, { platform: 'linkedin', state: 'permission-missing' });
    const options = await h.openOptions();
    await addProfile(options, {
      platform: 'LinkedIn',
      name: 'Acme Careers',
      connectedOn: localDate(-5),
      token,
    });

    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Careers');
    await expect.poll(() => row.textContent()).toContain('Checked');
    expect(world.requests({ token })).toMatchObject([{ host: 'api.linkedin.com', result: 403 }]);
    expect(await rowStatus(row)).toBe('OK');
    expect(await row.textContent()).not.toContain('Permission missing');
    expect((await h.badge()).text).toBe('');
  });

  it('Google tokeninfo answering invalid_token can no longer turn anything red: no check is made', async () => {
    // A token stored while the profile was on a platform with a live check (as an earlier version stored it
    // for YouTube): the background no longer takes one for YouTube, so the profile is moved there afterwards.
    const token = 'ya29-FAKE-PAST-ITS-HOUR';
    world.setToken(token, { platform: 'youtube', state: 'invalid' });
    const input = {
      name: 'Acme Coffee TV',
      connectedAt: new Date(Date.now() - 86_400_000).toISOString(),
    };
    const saved = (await h.send({
      type: 'save-profile',
      profile: { ...input, platform: 'facebook' },
    })) as Answer<{ profile: { id: string } }>;
    const id = saved.data!.profile.id;
    expect(await h.send({ type: 'set-token', id, token })).toMatchObject({ ok: true });
    await expect
      .poll(() => world.requests({ token }).filter((r) => r.result !== 'pending').length)
      .toBeGreaterThan(0);
    await expect.poll(async () => (await backgroundState(h)).profiles[0]?.lastCheck).toBeDefined();
    expect(
      await h.send({ type: 'save-profile', id, profile: { ...input, platform: 'youtube' } }),
    ).toMatchObject({
      ok: true,
    });
    const before = world.requests({ token }).length;
    expect(await h.send({ type: 'set-token', id, token })).toMatchObject({ ok: false });
    expect(await h.send({ type: 'check-now' })).toMatchObject({ ok: true });
    expect(await h.send({ type: 'check-now', id })).toMatchObject({ ok: false });

    const popup = await h.openPopup();
    const row = popupRow(popup, 'Acme Coffee TV');
    await row.waitFor();
    expect(await rowStatus(row)).toBe('OK');
    expect((await h.badge()).text).toBe('');
    expect(world.requests({ host: 'oauth2.googleapis.com' })).toEqual([]);
    expect(world.requests({ token })).toHaveLength(before);

    // The token is shown as kept from an earlier version and unused, and can be removed.
    const options = await h.openOptions();
    await options.getByRole('button', { name: /^Edit\W+Acme Coffee TV$/ }).click();
    const panel = options.getByRole('region', { name: 'Live checks' });
    await panel.getByText('An earlier version stored a token for this profile.', { exact: false }).waitFor();
    expect(await options.content()).not.toContain(token);
  });
});
