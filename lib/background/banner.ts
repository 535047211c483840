import { browser } from 'wxt/browser';
import { reasonText } from '@/lib/i18n/reason-text';
import { bannerCandidates } from '../domain/banner-selection';
import { BANNER_SITE_PLATFORMS } from '../domain/banner-sites';
import type { BannerSite } from '../domain/settings';
import type { RequestOf } from '../messaging/protocol';
import { reconnectTarget } from '../platforms';
import { updateProfile } from '../storage/profile-repository';
import { type BannerEntry, bannerText } from './banner-text';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { readState } from './reconcile';
import { type BackgroundState, type Evaluated, loadState, postsAtRiskOf } from './state';
import { catalogueLocale, translate } from './translate';

const MAX_SHOWN = 3;

function candidates(state: BackgroundState, site: BannerSite): Evaluated[] {
  if (!state.settings.banners[site]) return [];
  return bannerCandidates(state.entries, BANNER_SITE_PLATFORMS[site], state.settings, state.now);
}

function toBannerEntry(entry: Evaluated, now: Date): BannerEntry {
  const { profile, verdict } = entry;
  const posts = postsAtRiskOf(entry, now)?.count;
  // A tool's reason names the tool ("Broken in Buffer").
  return {
    id: profile.id,
    platform: profile.platform,
    name: profile.name,
    status: verdict.status,
    reasonTitle: verdict.reason ? reasonText(translate, verdict.reason, verdict.reasonTool).title : '',
    reconnectUrl: reconnectTarget(profile),
    ...(posts ? { postsAtRisk: posts } : {}),
  };
}

/** A content script may only ask about the site it runs on. */
function ownSite(site: BannerSite, ctx: HandlerContext): BannerSite {
  if (ctx.sender.kind === 'content-script' && ctx.sender.site !== site) {
    throw new HandlerError(translate('i18n_errorOwnSite'));
  }
  return site;
}

/** The banner in the reader's words: the browser's UI language, as the rest of the extension speaks. */
function answerFor(state: BackgroundState, site: BannerSite) {
  const list = candidates(state, site);
  const selection = {
    profiles: list.slice(0, MAX_SHOWN).map((e) => toBannerEntry(e, state.now)),
    total: list.length,
  };
  return {
    banner: bannerText(selection, BANNER_SITE_PLATFORMS[site], { t: translate, locale: catalogueLocale() }),
  };
}

/**
 * Every page load of a banner site asks. The answer comes from the last read while nothing was written since
 * (state.ts), each status at the request's time; a write the last reconcile did not see is reconciled behind
 * the answer, which tells every page and banner, as `get-state` does.
 */
export async function bannerState(request: RequestOf<'banner-state'>, ctx: HandlerContext) {
  const site = ownSite(request.site, ctx);
  return answerFor(await readState(ctx), site);
}

export async function bannerSnooze(request: RequestOf<'banner-snooze'>, ctx: HandlerContext) {
  const site = ownSite(request.site, ctx);
  const list = candidates(await loadState(ctx.now()), site);
  const until = new Date(ctx.now().getTime() + request.days * 86_400_000).toISOString();
  for (const { profile, verdict } of list) {
    await updateProfile(profile.id, (p) => ({ ...p, snooze: { until, status: verdict.status } }));
  }
  await ctx.reconcile();
  return { snoozed: list.length };
}

export async function bannerDismiss(request: RequestOf<'banner-dismiss'>, ctx: HandlerContext) {
  const site = ownSite(request.site, ctx);
  const list = candidates(await loadState(ctx.now()), site);
  for (const { profile, verdict } of list) {
    await updateProfile(profile.id, (p) => ({ ...p, dismissedStatus: verdict.status }));
  }
  await ctx.reconcile();
  return { dismissed: list.length };
}

/** "+N more": the popup where the browser allows opening it, else the same list in a tab. */
export async function openPopup(request: RequestOf<'open-popup'>, ctx: HandlerContext) {
  ownSite(request.site, ctx);
  try {
    if (browser.action?.openPopup) {
      await browser.action.openPopup();
      return { opened: true };
    }
  } catch {
    // No focused window or not allowed without a click in this browser version: fall back to a tab.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  return { opened: true };
}
