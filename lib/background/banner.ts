import { browser } from 'wxt/browser';
import { reasonText } from '@/lib/i18n/reason-text';
import { bannerCandidates } from '../domain/banner-selection';
import { BANNER_SITE_PLATFORMS } from '../domain/banner-sites';
import type { BannerSite } from '../domain/settings';
import { evaluateStatus } from '../domain/token-status';
import type { RequestOf } from '../messaging/protocol';
import { reconnectTarget } from '../platforms';
import { updateProfile } from '../storage/profile-repository';
import { type BannerEntry, bannerText } from './banner-text';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { broadcastStateChanged, onStateChanged } from './ports';
import { type BackgroundState, type Evaluated, loadState } from './state';
import { catalogueLocale, translate } from './translate';

const MAX_SHOWN = 3;

function candidates(state: BackgroundState, site: BannerSite): Evaluated[] {
  if (!state.settings.banners[site]) return [];
  return bannerCandidates(state.entries, BANNER_SITE_PLATFORMS[site], state.settings, state.now);
}

function toBannerEntry({ profile, verdict }: Evaluated): BannerEntry {
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

/** The banner in the reader's words: the browser's UI language, as the rest of the extension speaks. */
function answerFor(state: BackgroundState, site: BannerSite) {
  const list = candidates(state, site);
  const selection = { profiles: list.slice(0, MAX_SHOWN).map(toBannerEntry), total: list.length };
  return {
    banner: bannerText(selection, BANNER_SITE_PLATFORMS[site], { t: translate, locale: catalogueLocale() }),
  };
}

/**
 * The profiles and settings last read for a banner, until the background announces a change (every change
 * is followed by a reconcile, which broadcasts on the state port when anything differs). Every page load of
 * a banner site asks, and reading 1,000 profiles costs about 40 ms, most of a banner's budget.
 *
 * `known` is a finished read: an answer from it waits for nothing. `reading` is the read under way when
 * nothing is known yet, which every banner asking meanwhile shares. A change announced while a read is under
 * way keeps that read out of `known` (it may predate the change).
 */
let known: BackgroundState | undefined;
let reading: Promise<BackgroundState> | undefined;
let generation = 0;
onStateChanged(() => {
  known = undefined;
  reading = undefined;
  generation++;
});

function read(now: Date): Promise<BackgroundState> {
  const mine = generation;
  const fresh = loadState(now).then((state) => {
    if (mine === generation) known = state;
    return state;
  });
  reading = fresh;
  const forget = () => {
    if (reading === fresh) reading = undefined;
  };
  fresh.then(forget, forget);
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

/**
 * How long after an answer from memory the background reads again to check it: long enough for the banner
 * to be on the page first (the read's work would share the machine with the page's rendering), short enough
 * that a change written and not announced reaches the page at once to a person.
 */
const CHECK_DELAY_MS = 300;
/** The answers from memory the next check compares, by site (the latest of each), with their clock. */
const toCheck = new Map<BannerSite, { now: Date; json: string }>();

function checkBehind(site: BannerSite, now: Date, answer: object): void {
  const first = toCheck.size === 0;
  toCheck.set(site, { now, json: JSON.stringify(answer) });
  if (!first) return;
  setTimeout(() => {
    const sites = [...toCheck];
    toCheck.clear();
    // Should a change have been written and not announced, announce it now, so that the banners ask again
    // (one read per check, however many banners were answered meanwhile).
    read(sites.at(-1)![1].now)
      .then((state) => {
        const changed = sites.some(
          ([s, served]) => JSON.stringify(answerFor(at(state, served.now, s), s)) !== served.json,
        );
        if (changed) broadcastStateChanged();
      })
      .catch(() => undefined);
  }, CHECK_DELAY_MS);
}

export async function bannerState(request: RequestOf<'banner-state'>, ctx: HandlerContext) {
  const site = ownSite(request.site, ctx);
  const now = ctx.now();
  // A read: it does not reconcile badge and alarms.
  if (!known) return answerFor(at(await (reading ?? read(now)), now, site), site);
  const answer = answerFor(at(known, now, site), site);
  checkBehind(site, now, answer);
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
