import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../property/database-dump';
import { backgroundFor, testClock } from './context';

const clock = testClock('2026-11-26T12:00:00Z');
const facebookTab = { id: 'test-extension-id', url: 'https://www.facebook.com/', tab: { id: 7 }, frameId: 0 };

describe('message border', () => {
  it('answers an unknown message type with an error, not a crash', async () => {
    const bg = backgroundFor(clock);
    expect(await bg.request({ type: 'launch-rockets' } as never)).toMatchObject({
      ok: false,
      error: 'Malformed request.',
    });
    expect(await bg.request(null as never)).toMatchObject({ ok: false });
    expect(await bg.request('get-state' as never)).toMatchObject({ ok: false });
  });

  it('reports which field of a malformed request is wrong', async () => {
    const bg = backgroundFor(clock);
    const response = await bg.request({
      type: 'save-profile',
      profile: { platform: 'myspace', name: '' },
    } as never);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.issues?.map((i) => i.field)).toEqual(
      expect.arrayContaining(['profile.platform', 'profile.name']),
    );
  });

  it('refuses messages from another extension or an unknown page', async () => {
    const bg = backgroundFor(clock);
    expect(
      await bg.request(
        { type: 'get-state' },
        { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
      ),
    ).toEqual({
      ok: false,
      error: 'Unknown sender.',
    });
    expect(
      await bg.request(
        { type: 'get-state' },
        { id: 'test-extension-id', url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 },
      ),
    ).toMatchObject({ ok: false });
  });

  it('lets a content script ask only for banner messages', async () => {
    const bg = backgroundFor(clock);
    expect(await bg.request({ type: 'get-state' }, facebookTab)).toEqual({
      ok: false,
      error: 'Not allowed from a web page.',
    });
    expect(await bg.request({ type: 'export', includeTokens: true }, facebookTab)).toMatchObject({
      ok: false,
    });
    expect(await bg.request({ type: 'banner-state', site: 'facebook' }, facebookTab)).toMatchObject({
      ok: true,
    });
  });

  it('refuses a content script asking about another site, or running in a sub-frame', async () => {
    const bg = backgroundFor(clock);
    expect(await bg.request({ type: 'banner-state', site: 'linkedin' }, facebookTab)).toMatchObject({
      ok: false,
    });
    expect(
      await bg.request({ type: 'banner-state', site: 'facebook' }, { ...facebookTab, frameId: 3 }),
    ).toEqual({
      ok: false,
      error: 'Unknown sender.',
    });
  });
});

describe('sender identity', () => {
  it('treats only URLs under the extension’s own base as its pages', async () => {
    const bg = backgroundFor(clock);
    for (const url of [
      'javascript://x',
      'chrome-extension://test-extension-idx/options.html',
      'data:text/html,hi',
    ]) {
      expect(await bg.request({ type: 'get-state' }, { id: 'test-extension-id', url })).toEqual({
        ok: false,
        error: 'Unknown sender.',
      });
    }
  });
});

describe('import rows at the border', () => {
  // The options page reads the file and sends only the rows of a valid one; the background trusts none of it.
  const row = (n: number, fields: Record<string, unknown>) => ({
    row: n,
    platform: 'linkedin',
    name: 'Acme',
    ...fields,
  });

  async function refused(rows: unknown[]) {
    const bg = backgroundFor(clock);
    const before = await dumpDatabase();
    const response = await bg.request({ type: 'import', rows } as never);
    expect(response.ok).toBe(false);
    expect(await dumpDatabase()).toBe(before);
    return response.ok ? [] : (response.issues ?? []);
  }

  it('refuses rows that are not what the page reads from a valid file', async () => {
    for (const rows of [
      [],
      [row(1, { platform: 'LinkedIn' })],
      [row(1, { expiresAt: '2026-12-01' })],
      [row(1, { handle: null })],
      [row(1, { colour: 'blue' })],
      [row(0, {})],
      [{ platform: 'linkedin', name: 'Acme' }],
      [row(1, { accessToken: 'short' })],
      Array.from({ length: 10_001 }, (_, i) => row(i + 1, { name: `Acme ${i}` })),
    ]) {
      expect((await refused(rows)).length).toBeGreaterThan(0);
    }
  });

  it('checks the rules between fields and rows again, naming each row and field', async () => {
    expect(
      await refused([
        row(1, { connectedAt: '2026-11-27T12:00:00Z' }),
        row(2, { platform: 'x', name: 'Acme on X', accessToken: 'AAAAAAAAAAAA' }),
        row(3, { name: 'acme ' }),
        row(4, { platform: 'facebook', name: 'Acme', handle: '@acme' }),
        row(5, { platform: 'facebook', name: 'Acme again', handle: 'ACME' }),
      ]),
    ).toEqual([
      { row: 1, field: 'connectedAt', text: { key: 'import_row_connectedInFuture', params: [] } },
      { row: 2, field: 'accessToken', text: { key: 'import_row_tokenNotUsed', params: ['X'] } },
      { row: 3, field: 'name', text: { key: 'import_row_duplicate', params: [1, 'name'] } },
      { row: 5, field: 'handle', text: { key: 'import_row_duplicate', params: [4, 'handle'] } },
    ]);
  });
});
