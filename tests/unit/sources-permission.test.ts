import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askHostPermission } from '@/entrypoints/options/host-permission';
import { backgroundFor, testClock } from './background/context';
import { fakeBuffer } from './sources-fake-buffer';

const FIXED = ['api.postiz.com'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('asking for a self-hosted address at the click that connects', () => {
  it.each([
    ['granted', true, 'granted'],
    ['refused', false, 'refused'],
  ] as const)('the person %s it', async (_name, answer, expected) => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(answer);
    expect(await askHostPermission('https://social.example.test/mixpost', FIXED)).toBe(expected);
    expect(request).toHaveBeenCalledWith({ origins: ['https://social.example.test/*'] });
  });

  it('a prompt that cannot open is a refusal, not a hang', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('not in optional permissions'));
    expect(await askHostPermission('https://social.example.test', FIXED)).toBe('refused');
  });

  it.each([
    ['the tool’s own fixed host', 'https://api.postiz.com/public/v1'],
    ['no address', undefined],
    ['an address that is not http(s)', 'javascript:alert(1)'],
  ])('asks nothing for %s', async (_name, address) => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(await askHostPermission(address, FIXED)).toBe('not-needed');
    expect(request).not.toHaveBeenCalled();
  });
});

describe('the background refuses a self-hosted address it may not reach', () => {
  it('connect without the permission: a clear error, no request made, nothing stored', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const tool = fakeBuffer('MIXPOST-FAKE-KEY-1');
    const deps = {
      now: clock.now,
      perform: tool.perform,
      onSynced: async () => undefined,
      notifyProblem: async () => undefined,
    };
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const bg = backgroundFor(clock, async () => 0, deps);
    const answer = await bg.request({
      type: 'source-connect',
      tool: 'mixpost',
      key: 'MIXPOST-FAKE-KEY-1',
      baseUrl: 'https://social.example.test',
    });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('social.example.test') });
    expect(tool.world.requests).toEqual([]);
    expect((await bg.data({ type: 'source-list' })).sources).toEqual([]);
  });
});
