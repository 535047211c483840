import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BANNER_SITE_PLATFORMS } from '../domain/banner-sites';
import type { BannerSite } from '../domain/settings';
import type { RequestOf } from '../messaging/protocol';
import { parseBannerAnswer } from './banner-answer';
import type { BannerI18n } from './banner-i18n';
import { type BannerModel, bannerModel } from './banner-model';
import { BANNER_CSS } from './banner-styles';
import { createBannerView } from './banner-view';
import { keepAttached } from './keep-attached';
import { watchState } from './state-port';

/** The banner's host element: the only thing of ours the page can see (its shadow root is closed). */
export const BANNER_HOST_TAG = 'reconnect-radar-banner';

/** Lets the region exist before its text changes, so screen readers announce it (one-shot, not a loop). */
const ANNOUNCE_DELAY_MS = 150;

type BannerRequest = RequestOf<'banner-state' | 'banner-snooze' | 'banner-dismiss' | 'open-popup'>;

function ask(request: BannerRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

function extensionI18n(): BannerI18n {
  return {
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    locale: browser.i18n.getUILanguage(),
  };
}

/**
 * The reconnect banner of one site: asks the background once on load, then again only when it says its
 * state changed. Shown only while some profile of the site's platforms needs attention; removes itself
 * and every listener when the extension is updated, reloaded or disabled (`ctx` is invalidated).
 */
export function startBanner(ctx: ContentScriptContext, site: BannerSite): void {
  const i18n = extensionI18n();
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let host: HTMLElement | undefined;
  let heading = '';
  let ticket = 0;

  const act = (request: BannerRequest) => {
    void ask(request)
      .then(refresh)
      .catch(() => void ctx.isInvalid);
  };
  const view = createBannerView(document, {
    snooze: () => act({ type: 'banner-snooze', site, days: 1 }),
    dismiss: () => act({ type: 'banner-dismiss', site }),
    more: () => act({ type: 'open-popup', site }),
  });

  const show = async (model: BannerModel) => {
    view.update(model);
    heading = model.heading;
    if (host) {
      view.announce(heading);
      return;
    }
    ui ??= createShadowRootUi(ctx, {
      name: BANNER_HOST_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: BANNER_CSS,
      isolateEvents: true,
      onMount: (container) => container.replaceChildren(view.root),
    });
    const mounted = await ui;
    if (ctx.isInvalid || host || !heading) return;
    view.announce('');
    mounted.mount();
    host = mounted.shadowHost;
    ctx.setTimeout(() => view.announce(heading), ANNOUNCE_DELAY_MS);
  };

  const hide = async () => {
    heading = '';
    if (!host || !ui) return;
    host = undefined;
    (await ui).remove();
  };

  async function refresh() {
    const mine = ++ticket;
    let answer: ReturnType<typeof parseBannerAnswer>;
    try {
      answer = parseBannerAnswer(await ask({ type: 'banner-state', site }));
    } catch {
      void ctx.isInvalid;
      return;
    }
    if (mine !== ticket || ctx.isInvalid || !answer) return;
    const model = bannerModel(answer, BANNER_SITE_PLATFORMS[site], i18n);
    await (model ? show(model) : hide());
  }

  watchState(ctx, () => void refresh());
  keepAttached(ctx, () => host);
  ctx.onInvalidated(() => {
    host = undefined;
    heading = '';
  });
  void refresh();
}
