import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import type { SyncResult } from '@/lib/sources/types';

/**
 * Zernio and PostFast say a connection's health in explicit fields (docs/publishing-tools.md). Random
 * combinations of those fields, at the border: "disconnected" only from the fields that say a reconnect is
 * needed, "connected" only from those that say it works, an expiry only from a readable date.
 */
const KEY = 'FAKE-KEY-health-Wq81Ns46Vb';
const now = new Date('2026-11-26T12:00:00Z');

function answerWith(body: unknown) {
  return async () => ({
    ok: true as const,
    response: { status: 200, headers: {}, body: JSON.stringify(body) },
  });
}

async function channelsOf(tool: 'zernio' | 'postfast', body: unknown) {
  const result: SyncResult = await SOURCES[tool].sync({ key: KEY, perform: answerWith(body), now });
  if (!result.ok) throw new Error(`${tool}: ${result.problem}`);
  return result.channels;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('Zernio account health, field by field', () => {
  const account = fc.record(
    {
      accountId: fc.stringMatching(/^[0-9a-f]{24}$/),
      platform: fc.constantFrom('instagram', 'twitter', 'googlebusiness', 'reddit', 'bluesky'),
      status: maybe(fc.constantFrom('healthy', 'warning', 'error', 'HEALTHY', 'other')),
      tokenValid: maybe(fc.oneof(fc.boolean(), fc.constant('false'))),
      needsReconnect: maybe(fc.oneof(fc.boolean(), fc.constant('true'))),
      needsRefresh: maybe(fc.boolean()),
      tokenExpiresAt: maybe(
        fc.oneof(
          fc
            .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          fc.string(),
        ),
      ),
      issues: maybe(fc.array(fc.string(), { maxLength: 3 })),
    },
    { requiredKeys: ['accountId', 'platform'] },
  );

  it('is disconnected exactly when needsReconnect is true or tokenValid is false', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(account, { minLength: 1, maxLength: 5 }), async (accounts) => {
        const unique = accounts.map((a, i) => ({ ...a, accountId: `${a.accountId}${i}` }));
        const channels = await channelsOf('zernio', { accounts: unique });
        expect(channels).toHaveLength(unique.length);
        for (const [i, a] of unique.entries()) {
          const c = channels[i]!;
          const broken = a.needsReconnect === true || a.tokenValid === false;
          expect(c.state === 'disconnected').toBe(broken);
          const status = a.status?.toLowerCase();
          if (c.state === 'connected') {
            expect(status === 'error').toBe(false);
            expect(a.tokenValid === true || (status === 'healthy' && a.needsReconnect === false)).toBe(true);
          }
          // A warning with a valid token and no reconnect asked is never red.
          if (a.status === 'warning' && a.tokenValid === true && a.needsReconnect !== true)
            expect(c.state).toBe('connected');
          const at = typeof a.tokenExpiresAt === 'string' ? Date.parse(a.tokenExpiresAt.trim()) : Number.NaN;
          if (Number.isNaN(at)) expect(c.expiresAt).toBeUndefined();
          else expect(c.expiresAt).toBe(new Date(at).toISOString());
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('PostFast connectionStatus, field by field', () => {
  const account = fc.record(
    {
      id: fc.uuid(),
      platform: fc.constantFrom('FACEBOOK', 'INSTAGRAM', 'X', 'GOOGLE_BUSINESS_PROFILE', 'TELEGRAM'),
      connectionStatus: maybe(fc.constantFrom('CONNECTED', 'DISABLED', 'disabled', 'PENDING', '')),
      disabledReason: maybe(
        fc.constantFrom(
          'TOKEN_REVOKED',
          'ACCOUNT_SUSPENDED',
          'PERMISSION_REVOKED',
          'MANUAL',
          'SOMETHING_NEW',
        ),
      ),
    },
    { requiredKeys: ['id', 'platform'] },
  );

  it('is disconnected exactly when DISABLED for any reason but a manual pause, which is a notice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(account, { minLength: 1, maxLength: 5, selector: (a) => a.id }),
        async (accounts) => {
          const channels = await channelsOf('postfast', accounts);
          for (const [i, a] of accounts.entries()) {
            const c = channels[i]!;
            const disabled = a.connectionStatus?.toUpperCase() === 'DISABLED';
            const manual = disabled && a.disabledReason === 'MANUAL';
            expect(c.state === 'disconnected').toBe(disabled && !manual);
            expect(c.state === 'connected').toBe(a.connectionStatus === 'CONNECTED');
            expect(c.notices ?? []).toEqual(manual ? ['disabled'] : []);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
