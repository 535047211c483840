import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askHostPermission } from '@/entrypoints/options/host-permission';
import type { SourceSyncDeps } from '@/lib/background/source-sync';
import type { Perform, SourceRequest } from '@/lib/sources/types';
import { backgroundFor, testClock } from '../background/context';

const clock = testClock('2026-11-26T12:00:00Z');
const KEY = 'FAKE-KEY-self-hosted-01';

function setup() {
  const log: SourceRequest[] = [];
  const perform: Perform = async (request) => {
    log.push(request);
    const body = new URL(request.url).pathname.endsWith('/workspaces')
      ? { data: [{ uuid: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Bakery' }] }
      : new URL(request.url).pathname.includes('/public/v1/')
        ? []
        : { data: [] };
    return { ok: true, response: { status: 200, headers: {}, body: JSON.stringify(body) } };
  };
  const deps: SourceSyncDeps = {
    now: clock.now,
    perform,
    onSynced: async () => undefined,
    notifyProblem: async () => undefined,
  };
  return { log, bg: backgroundFor(clock, async () => 0, deps) };
}

afterEach(() => vi.restoreAllMocks());

describe('an http:// self-hosted address', () => {
  it('is never a permission to ask for', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(await askHostPermission('http://social.example.test', [])).toBe('not-needed');
    expect(request).not.toHaveBeenCalled();
  });

  it('is refused by the background with "must start with https://", before any request', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { bg, log } = setup();
    const answer = await bg.request({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: 'http://social.example.test',
    });
    expect(answer).toMatchObject({ ok: false, error: 'The address must start with https://.' });
    expect(log).toEqual([]);
    expect(contains).not.toHaveBeenCalled();
    expect((await bg.data({ type: 'source-list' })).sources).toEqual([]);
  });
});

describe('disconnecting a self-hosted tool gives back its host permission', () => {
  it('removes the origin it was granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const { bg } = setup();
    const { source } = await bg.data({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: 'https://social.example.test/mixpost',
    });
    await bg.data({ type: 'source-disconnect', id: source!.id, removeProfiles: false });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://social.example.test/*'] });
  });

  it('keeps it while another connected tool still uses that origin, and asks nothing for fixed hosts', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const { bg } = setup();
    const mixpost = await bg.data({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: 'https://social.example.test',
    });
    const postiz = await bg.data({
      type: 'source-connect',
      tool: 'postiz',
      key: KEY,
      baseUrl: 'https://social.example.test/api',
    });
    const cloud = await bg.data({ type: 'source-connect', tool: 'postiz', key: `${KEY}-cloud` });
    await bg.data({ type: 'source-disconnect', id: cloud.source!.id, removeProfiles: false });
    await bg.data({ type: 'source-disconnect', id: mixpost.source!.id, removeProfiles: false });
    expect(remove).not.toHaveBeenCalled();
    await bg.data({ type: 'source-disconnect', id: postiz.source!.id, removeProfiles: false });
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://social.example.test/*'] });
  });

  it('Delete all data gives back every self-hosted address', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const { bg } = setup();
    await bg.data({
      type: 'source-connect',
      tool: 'mixpost',
      key: KEY,
      baseUrl: 'https://social.example.test',
    });
    await bg.data({
      type: 'source-connect',
      tool: 'postiz',
      key: KEY,
      baseUrl: 'https://posts.example.test',
    });
    await bg.data({ type: 'source-connect', tool: 'postiz', key: `${KEY}-cloud` });
    await bg.data({ type: 'delete-all', confirm: true });
    expect(remove.mock.calls.map(([p]) => p.origins).sort()).toEqual([
      ['https://posts.example.test/*'],
      ['https://social.example.test/*'],
    ]);
  });
});
