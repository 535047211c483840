import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWorld, startWorld } from '../fake-platforms';
import {
  type ExtensionHarness,
  importFile,
  launchExtension,
  localDate,
  popupRow,
  rowStatus,
} from './harness';

/**
 * One rule for dates, seen across a time-zone boundary: a plain date in an import file is the reader's own
 * local midnight, so the form shows the same calendar day the file says (New York once showed the day before).
 * And tokens travel in headers, not in URLs, wherever the API takes one.
 */
describe.each(['America/New_York', 'Asia/Tokyo'])('dates in %s', (zone) => {
  let h: ExtensionHarness;
  const previousZone = process.env.TZ;

  beforeAll(async () => {
    // Chromium takes its zone from TZ, for the pages and the service worker alike.
    process.env.TZ = zone;
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
    if (previousZone === undefined) delete process.env.TZ;
    else process.env.TZ = previousZone;
  });

  it('a plain date imported is the same calendar day in the form', async () => {
    const options = await h.openOptions();
    // The boundary is real: the browser runs in that zone, not in UTC.
    expect(await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    const day = localDate(-20);
    await importFile(options, 'plain-date.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: [{ platform: 'linkedin', name: 'Acme Coffee', connectedAt: day }],
    });
    await options.getByRole('button', { name: /^Edit\W+Acme Coffee$/ }).click();
    await expect.poll(() => options.getByLabel('Connected on').inputValue()).toBe(day);
    expect(await h.send({ type: 'delete-all', confirm: true })).toMatchObject({ ok: true });
  });

  it('a connection date later than now is refused, with its row and field, and nothing is imported', async () => {
    const options = await h.openOptions();
    await options.getByLabel('Choose a JSON or CSV file').setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'reconnect-radar',
          version: 1,
          profiles: [
            { platform: 'facebook', name: 'Acme Coffee', connectedAt: localDate(-3) },
            { platform: 'facebook', name: 'Beans & Co', connectedAt: localDate(2) },
          ],
        }),
      ),
    });
    const alert = options.getByRole('alert');
    await alert.getByRole('listitem').first().waitFor();
    const issues = await alert.getByRole('listitem').allTextContents();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^Row 2 · connectedAt · later than now/);
    const state = (await h.send({ type: 'get-state' })) as { data: { profiles: unknown[] } };
    expect(state.data.profiles).toEqual([]);
  });
});

describe('tokens in headers', () => {
  let world: FakeWorld;
  let h: ExtensionHarness;

  beforeAll(async () => {
    world = await startWorld();
    h = await launchExtension({ world });
  });
  afterAll(async () => {
    await h?.close();
    await world?.close();
  });

  it('every live check sends its token in a header, except Threads, whose API takes it only in the query (debug_token input_token aside)', async () => {
    const tokens = {
      facebook: 'EAAB-FAKE-HEADERS',
      linkedin: 'AQX-FAKE-HEADERS',
      pinterest: 'pina-FAKE-HEADERS',
      threads: 'THAA-FAKE-HEADERS',
    } as const;
    for (const [platform, token] of Object.entries(tokens)) {
      world.setToken(token, { platform: platform as keyof typeof tokens, state: 'valid' });
    }
    const options = await h.openOptions();
    await importFile(options, 'tokens.json', {
      format: 'reconnect-radar',
      version: 1,
      profiles: Object.entries(tokens).map(([platform, accessToken]) => ({
        platform,
        name: `Acme on ${platform}`,
        connectedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        accessToken,
      })),
    });
    const popup = await h.openPopup();
    for (const platform of Object.keys(tokens)) {
      await expect.poll(() => rowStatus(popupRow(popup, `Acme on ${platform}`))).toBe('OK');
    }
    for (const [platform, token] of Object.entries(tokens)) {
      const requests = world.requests({ token });
      expect(requests.length, platform).toBeGreaterThan(0);
      // Threads documents only the `access_token` query parameter (docs/platforms.md); the rest take a header.
      const expected = platform === 'threads';
      expect(
        requests.map((r) => r.tokenInUrl),
        platform,
      ).toEqual(requests.map(() => expected));
    }
  });
});
