import { browser } from 'wxt/browser';
import { reasonText } from '@/lib/i18n/reason-text';
import { bannerCandidates } from '../domain/banner-selection';
import { BANNER_SITE_PLATFORMS } from '../domain/banner-sites';
import type { BannerSite } from '../domain/settings';
import { evaluateStatus } from '../domain/token-status';
import type { RequestOf } from '../messaging/protocol';
import type { BannerProfile } from '../messaging/views';
import { reconnectTarget } from '../platforms';
import { updateProfile } from '../storage/profile-repository';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { broadcastStateChanged, onStateChanged } from './ports';
import { type BackgroundState, type Evaluated, loadState } from './state';
import { translate } from './translate';

const MAX_SHOWN = 3;

function candidates(state: BackgroundState, site: BannerSite): Evaluated[] {
  if (!state.settings.banners[site]) return [];
  return bannerCandidates(state.entries, BANNER_SITE_PLATFORMS[site], state.settings, state.now);
}

function toBannerProfile({ profile, verdict }: Evaluated): BannerProfile {
  return {
    id: profile.id,
    platform: profile.platform,
    name: profile.name,
    status: verdict.status,
    reasonTitle: verdict.reason ? reasonText(translate, verdict.reason, profile.source?.tool).title : '',
    reconnectUrl: reconnectTarget(profile),
  };
}

/** A content script may only ask about the site it runs on. */
function ownSite(site: BannerSite, ctx: HandlerContext): BannerSite {
  if (ctx.sender.kind === 'content-script' && ctx.sender.site !== site) {
    throw new HandlerError(translate('i18n_errorOwnSite'));
  }
  return site;
}

function answerFor(state: BackgroundState, site: BannerSite) {
  const list = candidates(state, site);
  return { profiles: list.slice(0, MAX_SHOWN).map(toBannerProfile), total: list.length };
}

/**
 * The profiles and settings last read for a banner, until the background announces a change (every change
 * is followed by a reconcile, which broadcasts on the state port when anything differs). Every page load of
 * a banner site asks, and reading 1,000 profiles costs about 40 ms, most of a banner's budget.
 */
let lastRead: Promise<BackgroundState> | undefined;
onStateChanged(() => {
  lastRead = undefined;
});

function read(now: Date): Promise<BackgroundState> {
  const fresh = loadState(now);
  lastRead = fresh;
  fresh.catch(() => {
    if (lastRead === fresh) lastRead = undefined;
  });
  return fresh;
}

/** A read state's profiles with their status at `now`: a status that changed by the clock alone is current. */
function at(state: BackgroundState, now: Date, site: BannerSite): BackgroundState {
  const platforms: readonly string[] = BANNER_SITE_PLATFORMS[site];
  const entries = state.entries
    .filter((e) => platforms.includes(e.profile.platform))
    .map(({ profile }) => ({ profile, verdict: evaluateStatus(profile, state.settings, now) }));
  return { ...state, now, entries };
}

export async function bannerState(request: RequestOf<'banner-state'>, ctx: HandlerContext) {
  const site = ownSite(request.site, ctx);
  const now = ctx.now();
  // A read: it does not reconcile badge and alarms.
  const cached = lastRead;
  if (!cached) return answerFor(await read(now), site);
  const answer = answerFor(at(await cached.catch(() => read(now)), now, site), site);
  // The answer came from memory: read again behind it, and should a change have been written and not yet
  // announced, announce it now, so that the banner asks again (at most one extra read per banner load).
  void read(now)
    .then((state) => {
      if (JSON.stringify(answerFor(at(state, now, site), site)) !== JSON.stringify(answer)) {
        broadcastStateChanged();
      }
    })
    .catch(() => undefined);
  return answer;
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
