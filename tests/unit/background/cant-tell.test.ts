import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_ALARM } from '@/lib/background/alarms';
import { checkDueProfiles, checkProfiles } from '@/lib/background/check-cycle';
import { linkedinUserinfoStep } from '@/lib/platforms/linkedin/live-check';
import type { LiveCheckResult } from '@/lib/platforms/types';
import { readMeta } from '@/lib/storage/meta-store';
import { historyOf } from '@/lib/storage/profile-repository';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

const TOKEN = 'AQX-FAKE-CANT-TELL';
const HOUR = 3_600_000;

/** What a classifier returns for an answer it does not recognise (the contract with lib/platforms). */
const cantTell = (detail: string): LiveCheckResult => ({
  outcome: 'inconclusive',
  reason: 'unexpected-answer',
  detail,
  httpStatus: 200,
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function setup() {
  const clock = testClock('2026-11-26T12:00:00Z');
  const hooks = { now: clock.now, onChecked: () => undefined };
  const bg = backgroundFor(clock, (ids) => checkProfiles(ids, hooks));
  const answers: (LiveCheckResult | 'real')[] = [];
  const classify = linkedinUserinfoStep.classify.bind(linkedinUserinfoStep);
  vi.spyOn(linkedinUserinfoStep, 'classify').mockImplementation((response, now) => {
    const next = answers.shift() ?? 'real';
    return next === 'real' ? classify(response, now) : next;
  });
  const add = async (response: () => Response) => {
    deferredFetch(() => response());
    const { profile } = await bg.data({
      type: 'save-profile',
      profile: { platform: 'linkedin', name: 'Acme', connectedAt: '2026-11-20T00:00:00Z' },
    });
    await bg.data({ type: 'set-token', id: profile.id, token: TOKEN });
    await checkProfiles([], hooks);
    return profile.id;
  };
  const view = async (id: string) =>
    (await bg.data({ type: 'get-state' })).profiles.find((p) => p.id === id)!;
  /** One periodic pass, an hour after the last. */
  const nextPeriod = async () => {
    clock.advance(HOUR);
    await checkDueProfiles(hooks, 'periodic');
  };
  return { clock, bg, answers, add, view, nextPeriod };
}

describe("an answer that proves nothing either way (can't tell)", () => {
  it.each([
    ['valid', linkedin.valid, 'ok'],
    ['revoked', linkedin.revoked, 'disconnected'],
  ] as const)(
    'after a %s answer, keeps the last status, shows "can\'t tell" (not stale), and waits for the next period',
    async (_name, first, status) => {
      const { answers, add, view, nextPeriod } = setup();
      const id = await add(first);
      answers.push(cantTell('Unrecognised body: {"data":[]}'));
      await nextPeriod();
      expect(await view(id)).toMatchObject({ status, stale: false, cantTell: true });
      expect((await view(id)).keepsAnswering).toBeUndefined();
      // No fast retry: no backoff schedule, no retry alarm.
      expect(await readMeta('check-retries', (v) => v ?? {})).toEqual({});
      expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
      expect((await historyOf(id)).map((e) => e.outcome).sort()).toEqual(
        ['inconclusive', first === linkedin.valid ? 'valid' : 'invalid'].sort(),
      );
    },
  );

  it('the same unrecognised answer three times in a row becomes a visible notice with what came back', async () => {
    const { answers, add, view, nextPeriod } = setup();
    const id = await add(linkedin.valid);
    answers.push(cantTell('HTTP 200 with an empty body'), cantTell('HTTP 200 with an empty body'));
    await nextPeriod();
    await nextPeriod();
    expect((await view(id)).keepsAnswering).toBeUndefined();
    answers.push(cantTell('HTTP 200 with an empty body'));
    await nextPeriod();
    expect(await view(id)).toMatchObject({
      status: 'ok',
      cantTell: true,
      keepsAnswering: 'HTTP 200 with an empty body',
    });
  });

  it('an unrecognised answer with nothing to quote still becomes the notice, its words left to the page', async () => {
    const { answers, add, view, nextPeriod } = setup();
    const id = await add(linkedin.valid);
    answers.push(cantTell(''), cantTell(''), cantTell(''));
    await nextPeriod();
    await nextPeriod();
    expect((await view(id)).keepsAnswering).toBeUndefined();
    await nextPeriod();
    expect(await view(id)).toMatchObject({ status: 'ok', cantTell: true, keepsAnswering: '' });
  });

  it("different can't-tell answers for 24 hours become a notice too; a network failure in between does not reset it", async () => {
    const { clock, answers, add, view, nextPeriod } = setup();
    const id = await add(linkedin.valid);
    answers.push(cantTell('first kind'));
    await nextPeriod();
    clock.advance(11 * HOUR);
    answers.push(cantTell('second kind'));
    await nextPeriod();
    deferredFetch(() => linkedin.serverError());
    clock.advance(10 * HOUR);
    await nextPeriod();
    expect((await view(id)).stale).toBe(true);
    expect((await view(id)).keepsAnswering).toBeUndefined();
    clock.advance(2 * HOUR);
    expect((await view(id)).keepsAnswering).toBe('second kind');
  });

  it('an answer that says something ends the run and the notice', async () => {
    const { answers, add, view, nextPeriod } = setup();
    const id = await add(linkedin.valid);
    answers.push(cantTell('x'), cantTell('x'), cantTell('x'));
    await nextPeriod();
    await nextPeriod();
    await nextPeriod();
    expect((await view(id)).keepsAnswering).toBe('x');
    await nextPeriod();
    expect(await view(id)).toMatchObject({ status: 'ok', cantTell: false });
    expect((await view(id)).keepsAnswering).toBeUndefined();
  });
});
