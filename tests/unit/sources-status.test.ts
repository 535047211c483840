import { describe, expect, it } from 'vitest';
import { badgeTitle } from '@/lib/background/badge-title';
import { badgeState } from '@/lib/domain/badge';
import { bannerCandidates } from '@/lib/domain/banner-selection';
import type { Profile } from '@/lib/domain/profile';
import type { SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus, isExpiring, needsReconnect } from '@/lib/domain/token-status';
import { reasonText } from '@/lib/i18n/reason-text';
import { t } from './components/render';
import { DAY, daysFromNow, NOW, profile } from './domain/profiles';

const settings = { warnDays: 7 };

const link = (overrides: Partial<SourceLink> = {}): SourceLink => ({
  sourceId: 's1',
  externalId: 'ch1',
  tool: 'Buffer',
  state: 'connected',
  reportedAt: daysFromNow(-1),
  ...overrides,
});

const invalidCheck = {
  at: daysFromNow(-1),
  outcome: 'invalid' as const,
  reason: 'password-changed' as const,
  detail: 'Graph 190/460',
};

describe('the tool’s word is the status', () => {
  it.each<[string, Partial<Profile>, string, string | undefined]>([
    ['connected, no dates', { sources: [link()] }, 'ok', undefined],
    [
      'connected although the typed expiry passed a month ago (a date guess never wins)',
      { sources: [link()], expiresAt: daysFromNow(-30) },
      'ok',
      undefined,
    ],
    [
      'connected although Facebook’s 60-day lifetime since the connection date ran out',
      { sources: [link()], connectedAt: daysFromNow(-90) },
      'ok',
      undefined,
    ],
    [
      'disconnected, with an expiry far away',
      { sources: [link({ state: 'disconnected' })], expiresAt: daysFromNow(40) },
      'disconnected',
      'source-disconnected',
    ],
    [
      'connected and locked by a plan change: a notice beside the status, not red',
      { sources: [link({ notices: ['locked'] })] },
      'ok',
      undefined,
    ],
    ['gone from the tool', { sources: [link({ state: 'gone' })] }, 'unknown', 'source-gone'],
    ['tool expiry in 30 days', { sources: [link({ expiresAt: daysFromNow(30) })] }, 'ok', undefined],
    [
      'tool expiry in 3 days: its warning window',
      { sources: [link({ expiresAt: daysFromNow(3) })] },
      'expiring',
      'source-expiring',
    ],
    ['tool expiry passed', { sources: [link({ expiresAt: daysFromNow(-1) })] }, 'expired', 'source-expired'],
    [
      'listed only (Publer, Postiz): the dates decide',
      { sources: [link({ state: 'listed' })], expiresAt: daysFromNow(3) },
      'expiring',
      'lifetime-ending',
    ],
    [
      'listed only, and the pasted token was refused: the live check decides',
      {
        sources: [link({ state: 'listed' })],
        hasToken: true,
        lastCheck: invalidCheck,
        lastVerdict: invalidCheck,
      },
      'disconnected',
      'password-changed',
    ],
  ])('%s → %s', (_name, overrides, status, reason) => {
    const verdict = evaluateStatus(profile(overrides), settings, NOW);
    expect(verdict.status).toBe(status);
    expect(verdict.reason).toBe(reason);
  });

  it('a tool-given expiry drives the countdown and the next change', () => {
    const verdict = evaluateStatus(
      profile({ sources: [link({ expiresAt: daysFromNow(30) })] }),
      settings,
      NOW,
    );
    expect(verdict.expiresAt?.toISOString()).toBe(daysFromNow(30));
    expect(verdict.changesAt?.toISOString()).toBe(new Date(NOW.getTime() + 23 * DAY).toISOString());
  });

  // Issue 19 item 4: this used to stay OK with the refusal in a side field (no badge, no notification).
  it('a definitive refusal of the pasted token counts although the tool says connected, naming both', () => {
    const verdict = evaluateStatus(
      profile({ sources: [link()], hasToken: true, lastCheck: invalidCheck, lastVerdict: invalidCheck }),
      settings,
      NOW,
    );
    expect(verdict).toMatchObject({
      status: 'disconnected',
      reason: 'password-changed',
      toolStillConnected: 'Buffer',
    });
    expect(needsReconnect(verdict)).toBe(true);
  });

  it('a profile no tool lists any more still counts when the platform refused its pasted token', () => {
    const verdict = evaluateStatus(
      profile({
        sources: [link({ state: 'gone' })],
        hasToken: true,
        lastCheck: invalidCheck,
        lastVerdict: invalidCheck,
      }),
      settings,
      NOW,
    );
    expect(verdict).toMatchObject({ status: 'disconnected', reason: 'password-changed', gone: false });
    expect(needsReconnect(verdict)).toBe(true);
  });

  it('a failed sync marks the profile stale and keeps the tool’s last word', () => {
    const source = link({
      state: 'disconnected',
      stale: { at: NOW.toISOString(), reason: 'source-key-refused' },
    });
    const verdict = evaluateStatus(profile({ sources: [source] }), settings, NOW);
    expect(verdict).toMatchObject({ status: 'disconnected', stale: true, staleReason: 'source-key-refused' });
  });

  it('a gone profile is left out of the badge and the banners; a disconnected one is counted and named', () => {
    const entries = [
      profile({ id: 'gone', name: 'Old Page', sources: [link({ state: 'gone', externalId: 'a' })] }),
      profile({
        id: 'broken',
        name: 'Broken Page',
        sources: [link({ state: 'disconnected', externalId: 'b' })],
      }),
      profile({
        id: 'soon',
        name: 'Soon Page',
        sources: [link({ state: 'gone', externalId: 'c', expiresAt: daysFromNow(1) })],
      }),
    ].map((p) => ({ profile: p, verdict: evaluateStatus(p, settings, NOW) }));
    expect(entries.map((e) => needsReconnect(e.verdict))).toEqual([false, true, false]);
    expect(entries.map((e) => isExpiring(e.verdict))).toEqual([false, false, false]);
    const badge = badgeState(
      entries.map((e) => ({ name: e.profile.name, platformName: 'Facebook', verdict: e.verdict })),
    );
    expect(badge.text).toBe('1');
    expect(badgeTitle(t, 'en', badge)).toContain('Broken Page');
    expect(badgeTitle(t, 'en', badge)).not.toContain('Old Page');
    const banner = bannerCandidates(entries, ['facebook'], { bannerDays: 3 }, NOW);
    expect(banner.map((e) => e.profile.id)).toEqual(['broken']);
  });
});

describe('the tools’ reasons name the tool', () => {
  it.each([
    [
      'source-disconnected',
      'Buffer',
      'Broken in Buffer',
      'Buffer reports this connection broken: posts to it will fail.',
      'Reconnect it in Buffer.',
    ],
    [
      'source-gone',
      'Mixpost',
      'No longer in Mixpost',
      'Mixpost no longer lists this channel, so nothing is watching it.',
      'Remove it here, or connect it in Mixpost again.',
    ],
    [
      'source-key-refused',
      undefined,
      'Key refused by the publishing tool',
      'The publishing tool no longer accepts the key, so the status shown is the last one it reported.',
      'Replace the key of the publishing tool on the options page.',
    ],
  ] as const)('%s with %s', (reason, tool, title, explanation, remedy) => {
    expect(reasonText(t, reason, tool)).toMatchObject({ title, explanation, remedy });
  });

  it('other reasons are left as they are', () => {
    expect(reasonText(t, 'password-changed', 'Buffer').title).toBe('Password changed');
  });
});
