import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProfiles } from '@/lib/background/check-cycle';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

afterEach(() => vi.unstubAllGlobals());

describe('a dismissed banner (issue 19, item 11)', () => {
  it('comes back when the status changes: disconnected → dismissed → OK → disconnected again shows again', async () => {
    const clock = testClock('2026-11-26T12:00:00Z');
    const hooks = { now: clock.now, onChecked: () => undefined };
    const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
    let answer = linkedin.revoked;
    deferredFetch(() => answer());
    const names = async () =>
      (await bg.data({ type: 'banner-state', site: 'linkedin' })).banner?.rows.map((r) => r.name) ?? [];
    const check = async (id: string) => {
      clock.advance(60_000);
      await bg.data({ type: 'check-now', id });
      await checkProfiles([], hooks);
      await bg.ctx.reconcile();
    };

    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme Careers', connectedAt: '2026-11-20T00:00:00Z' },
    });
    await bg.data({ type: 'set-token', id: profile.id, token: 'AQX-FAKE-BANNER-BACK' });
    await checkProfiles([], hooks);
    await bg.ctx.reconcile();
    expect(await names()).toEqual(['Acme Careers']);

    expect(await bg.data({ type: 'banner-dismiss', site: 'linkedin' })).toEqual({ dismissed: 1 });
    expect(await names()).toEqual([]);
    await check(profile.id); // still revoked: the same status stays dismissed
    expect(await names()).toEqual([]);

    answer = linkedin.valid;
    await check(profile.id);
    expect(await names()).toEqual([]);

    answer = linkedin.revoked;
    await check(profile.id);
    expect(await names()).toEqual(['Acme Careers']);
  });
});
