import { browser } from 'wxt/browser';
import { badgeState } from '../domain/badge';
import { isExpiring, needsReconnect } from '../domain/token-status';
import { platform } from '../platforms';
import { badgeTitle } from './badge-title';
import { type BackgroundState, postsAtRiskOf } from './state';
import { catalogueLocale, translate } from './translate';

/** Firefox MV2 has no `browser.action`; its toolbar button is `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Shows how many profiles need reconnecting (red) or, when none do, how many are expiring (amber). */
export async function applyBadge(state: BackgroundState): Promise<void> {
  const badge = badgeState(
    state.entries.map((entry) => ({
      name: entry.profile.name,
      platformName: platform(entry.profile.platform).displayName,
      verdict: entry.verdict,
      // The tooltip counts the posts of the profiles it names only: the others are not worked out.
      postsAtRisk:
        needsReconnect(entry.verdict) || isExpiring(entry.verdict)
          ? (postsAtRiskOf(entry, state.now)?.count ?? undefined)
          : undefined,
    })),
  );
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: badge.text }),
    button.setBadgeBackgroundColor({ color: badge.color }),
    button.setTitle({ title: badgeTitle(translate, catalogueLocale(), badge) }),
  ]);
  // Chrome picks a text colour for contrast only on request; white on red/amber reads best.
  if ('setBadgeTextColor' in button && typeof button.setBadgeTextColor === 'function') {
    await button.setBadgeTextColor({ color: '#FFFFFF' });
  }
}
