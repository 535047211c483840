import type { BannerText as BannerModel, BannerRowText as BannerRow } from '../messaging/views';

export interface BannerActions {
  snooze(): void;
  dismiss(): void;
  more(): void;
}

export interface BannerView {
  /** The region element; goes into the shadow root's body. */
  root: HTMLElement;
  /** Puts a model's rows and labels in place, keeping focus on the same control when it is still there. */
  update(model: BannerModel): void;
  /** Sets the live region's text (politely announced when it changes after the region is on the page). */
  announce(text: string): void;
}

type Children = (Node | string)[];

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function rowElement(doc: Document, row: BannerRow, reconnect: string): HTMLLIElement {
  const text = el(doc, 'div', { class: 'rr-text' }, [
    el(doc, 'strong', { class: 'rr-name' }, [row.name]),
    el(doc, 'span', { class: 'rr-meta' }, [row.meta]),
    ...(row.reasonTitle ? [el(doc, 'span', { class: 'rr-reason' }, [row.reasonTitle])] : []),
  ]);
  const link = row.reconnectUrl
    ? [
        el(
          doc,
          'a',
          {
            class: 'rr-button rr-primary',
            href: row.reconnectUrl,
            target: '_blank',
            rel: 'noopener noreferrer',
            'aria-label': row.reconnectLabel,
            'data-key': `reconnect:${row.id}`,
          },
          [reconnect],
        ),
      ]
    : [];
  return el(doc, 'li', { class: 'rr-row', 'data-status': row.status }, [
    el(doc, 'span', { class: 'rr-mark', 'aria-hidden': 'true' }, [row.status === 'expiring' ? '!' : '×']),
    text,
    ...link,
  ]);
}

/** Builds the banner with plain DOM (no framework: it runs on every page of the site). */
export function createBannerView(doc: Document, actions: BannerActions): BannerView {
  const status = el(doc, 'p', { class: 'rr-heading', role: 'status', 'aria-live': 'polite' });
  const list = el(doc, 'ul', { class: 'rr-list' });
  const button = (key: string, onClick: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: 'rr-button', 'data-key': key });
    b.addEventListener('click', onClick);
    return b;
  };
  const more = button('more', actions.more);
  const snooze = button('snooze', actions.snooze);
  const dismiss = button('dismiss', actions.dismiss);
  const hint = el(doc, 'span', { id: 'rr-dismiss-hint', class: 'rr-hidden' });
  dismiss.setAttribute('aria-describedby', hint.id);
  const root = el(doc, 'section', { class: 'rr' }, [
    status,
    list,
    el(doc, 'div', { class: 'rr-actions' }, [more, snooze, dismiss, hint]),
  ]);

  return {
    root,
    update(model) {
      const focused = (root.getRootNode() as Document | ShadowRoot).activeElement;
      const focusKey = focused && root.contains(focused) ? focused.getAttribute('data-key') : null;
      root.setAttribute('aria-label', model.labels.region);
      list.replaceChildren(...model.rows.map((r) => rowElement(doc, r, model.labels.reconnect)));
      more.hidden = model.more <= 0;
      more.textContent = model.labels.more;
      more.setAttribute('aria-label', model.labels.moreLabel);
      snooze.textContent = model.labels.snooze;
      dismiss.textContent = model.labels.dismiss;
      hint.textContent = model.labels.dismissHint;
      if (focusKey && !root.contains(focused)) {
        const again = [...root.querySelectorAll<HTMLElement>('[data-key]')].find(
          (e) => e.getAttribute('data-key') === focusKey,
        );
        again?.focus();
      }
    },
    announce(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
