import { browser } from 'wxt/browser';
import { badgeState } from '../domain/badge';
import { platform } from '../platforms';
import { badgeTitle } from './badge-title';
import type { BackgroundState } from './state';
import { catalogueLocale, translate } from './translate';

/** Firefox MV2 has no `browser.action`; its toolbar button is `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Shows how many profiles need reconnecting (red) or, when none do, how many are expiring (amber). */
export async function applyBadge(state: BackgroundState): Promise<void> {
  const badge = badgeState(
    state.entries.map(({ profile, verdict }) => ({
      name: profile.name,
      platformName: platform(profile.platform).displayName,
      verdict,
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
