import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BannerSite } from '../domain/settings';
import type { RequestOf } from '../messaging/protocol';
import type { BannerText } from '../messaging/views';
import { parseBannerAnswer } from './banner-answer';
import { createBannerHost, whenBody } from './banner-host';
import { BANNER_CSS } from './banner-styles';
import { createBannerView } from './banner-view';
import { keepAttached } from './keep-attached';
import { watchState } from './state-port';

export { BANNER_HOST_TAG } from './banner-host';

/** Lets the region exist before its text changes, so screen readers announce it (one-shot, not a loop). */
const ANNOUNCE_DELAY_MS = 150;

type BannerRequest = RequestOf<'banner-state' | 'banner-snooze' | 'banner-dismiss' | 'open-popup'>;

function ask(request: BannerRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * The reconnect banner of one site. Runs at `document_start`: it opens the state port and asks the
 * background at once, while the page is still loading, and puts the banner in as soon as `<body>` exists
 * and the answer says some profile of the site's platforms needs attention (else it adds nothing to the
 * page). Asks again only when the state port says the state changed. Removes itself and every listener
 * when the extension is updated, reloaded or disabled (`ctx` is invalidated).
 */
export function startBanner(ctx: ContentScriptContext, site: BannerSite): void {
  // The first question goes out before anything else: its answer is most of the banner's wait, and the
  // set-up below runs while it travels.
  const firstAnswer = ask({ type: 'banner-state', site });
  /** The host element, made the first time there is something to show; `shown` while it is on the page. */
  let host: HTMLElement | undefined;
  let shown = false;
  /** What the latest answer says to show; undefined: no banner. */
  let model: BannerText | undefined;
  let bodyReady = false;
  let ticket = 0;

  const act = (request: BannerRequest) => {
    void ask(request)
      .then(() => refresh())
      .catch(() => void ctx.isInvalid);
  };
  const view = createBannerView(document, {
    snooze: () => act({ type: 'banner-snooze', site, days: 1 }),
    dismiss: () => act({ type: 'banner-dismiss', site }),
    more: () => act({ type: 'open-popup', site }),
  });

  const render = () => {
    if (ctx.isInvalid) return;
    if (!model) {
      shown = false;
      host?.remove();
      return;
    }
    view.update(model);
    if (shown) {
      view.announce(model.heading);
      return;
    }
    if (!bodyReady) return;
    view.announce('');
    host ??= createBannerHost(document, view.root, BANNER_CSS);
    document.body.append(host);
    shown = true;
    ctx.setTimeout(() => view.announce(model?.heading ?? ''), ANNOUNCE_DELAY_MS);
  };

  async function refresh(pending?: Promise<unknown>) {
    const mine = ++ticket;
    let answer: BannerText | null | undefined;
    try {
      answer = parseBannerAnswer(await (pending ?? ask({ type: 'banner-state', site })));
    } catch {
      void ctx.isInvalid;
      return;
    }
    if (mine !== ticket || ctx.isInvalid || answer === undefined) return;
    model = answer ?? undefined;
    render();
  }

  ctx.onInvalidated(() => {
    shown = false;
    model = undefined;
    host?.remove();
  });
  void refresh(firstAnswer);
  watchState(ctx, () => void refresh());
  whenBody(ctx, () => {
    bodyReady = true;
    keepAttached(ctx, () => (shown ? host : undefined));
    render();
  });
}
