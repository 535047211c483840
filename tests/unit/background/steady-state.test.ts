import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PERIODIC_ALARM, RETRY_ALARM } from '@/lib/background/alarms';
import { checkDueProfiles } from '@/lib/background/check-cycle';
import { reconcile } from '@/lib/background/reconcile';
import { backoffDelay } from '@/lib/domain/backoff';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { importProfilesRequest } from '../../import-request';
import { backgroundFor, testClock } from './context';
import { deferredFetch, linkedin } from './deferred-fetch';

const HEALTHY = 100;
const HOURS = 24;
const FAILING = 'AQX-FAKE-STEADY-FAILING';
const START = Date.parse('2026-11-26T12:00:00Z');
const END = START + HOURS * 3_600_000;

/**
 * What the failing profile's checks should be, worked out apart from the product: the first periodic pass
 * (a minute after start-up) fails it, then each retry fires a second after its backoff ends; a periodic pass
 * only checks it if its backoff ended before the pass.
 */
function expectedFailingChecks(periodMs: number): number {
  const periodic = Array.from({ length: HOURS }, (_, i) => START + 60_000 + i * periodMs);
  let attempts = 0;
  let notBefore: number | undefined;
  let checks = 0;
  const fail = (at: number) => {
    checks++;
    attempts++;
    notBefore = at + backoffDelay(attempts, 0.5);
  };
  for (;;) {
    const retryAt = notBefore === undefined ? Infinity : notBefore + 1000;
    const nextPeriodic = periodic[0] ?? Infinity;
    const at = Math.min(retryAt, nextPeriodic);
    if (at > END) return checks;
    if (at === nextPeriodic) {
      periodic.shift();
      if (notBefore === undefined || notBefore <= at) fail(at);
    } else {
      fail(at);
    }
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('steady state', () => {
  it(`${HEALTHY} healthy + 1 failing profile over ${HOURS} simulated hours: ${HEALTHY} × ${HOURS} periodic checks plus the failing one's backoff retries`, {
    timeout: 300_000,
  }, async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    // No jitter, so that the expected retry times can be worked out.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const now = () => new Date();
    const hooks = { now, onChecked: () => undefined };
    const net = deferredFetch((token) => (token === FAILING ? linkedin.serverError() : linkedin.valid()));
    const bg = backgroundFor(testClock(new Date(START).toISOString()));
    const profiles = Array.from({ length: HEALTHY }, (_, i) => ({
      platform: 'linkedin',
      name: `Healthy ${i}`,
      accessToken: `AQX-FAKE-STEADY-${i}`,
    }));
    profiles.push({ platform: 'linkedin', name: 'Failing', accessToken: FAILING });
    // The import queues every token for a check; here nothing drains it before the first alarm.
    await bg.data(importProfilesRequest(profiles, new Date(START)));
    await reconcile(now);

    // Chrome's part: fire the earliest alarm, re-arm a periodic one, as the background's listener would run it.
    const passes = { periodic: 0, retry: 0 };
    for (;;) {
      const alarms = (await fakeBrowser.alarms.getAll())
        .filter((a) => a.name === PERIODIC_ALARM || a.name === RETRY_ALARM)
        .sort((a, b) => a.scheduledTime - b.scheduledTime);
      const alarm = alarms[0];
      if (!alarm || alarm.scheduledTime > END) break;
      expect(alarm.scheduledTime).toBeGreaterThanOrEqual(Date.now());
      vi.setSystemTime(alarm.scheduledTime);
      if (alarm.periodInMinutes) {
        fakeBrowser.alarms.create(alarm.name, {
          when: alarm.scheduledTime + alarm.periodInMinutes * 60_000,
          periodInMinutes: alarm.periodInMinutes,
        });
      } else {
        await fakeBrowser.alarms.clear(alarm.name);
      }
      const pass = alarm.name === PERIODIC_ALARM ? 'periodic' : 'retry';
      passes[pass]++;
      await checkDueProfiles(hooks, pass);
      await reconcile(now);
    }

    const healthy = net.log.filter((r) => r.token !== FAILING);
    const failing = net.count(FAILING);
    const expectedFailing = expectedFailingChecks(DEFAULT_SETTINGS.checkIntervalMinutes * 60_000);
    const counts = {
      hours: HOURS,
      healthyProfiles: HEALTHY,
      periodicPasses: passes.periodic,
      retryPasses: passes.retry,
      healthyChecks: healthy.length,
      failingChecks: failing,
      failingRetries: failing - 1,
      totalRequests: net.log.length,
    };
    if (process.env.RR_STEADY_STATE_OUT)
      writeFileSync(process.env.RR_STEADY_STATE_OUT, JSON.stringify(counts));
    expect(passes.periodic).toBe(HOURS);
    expect(healthy).toHaveLength(HEALTHY * HOURS);
    for (let i = 0; i < HEALTHY; i++) expect(net.count(`AQX-FAKE-STEADY-${i}`)).toBe(HOURS);
    expect(failing).toBe(expectedFailing);
    // One failing check at the first periodic pass; every other one is a retry.
    expect(passes.retry).toBe(expectedFailing - 1);
    expect(net.log).toHaveLength(HEALTHY * HOURS + expectedFailing);
  });
});
