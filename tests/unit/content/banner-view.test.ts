// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { BannerEntry } from '@/lib/background/banner-text';
import { bannerText } from '@/lib/background/banner-text';
import { createBannerView } from '@/lib/content/banner-view';
import { english } from './catalogue';

const profile = (id: string, name: string, o: Partial<BannerEntry> = {}): BannerEntry => ({
  id,
  platform: 'facebook',
  name,
  status: 'expired',
  reasonTitle: 'Token expired',
  reconnectUrl: `https://publisher.example/accounts/${id}`,
  ...o,
});

function setup(profiles: BannerEntry[], total = profiles.length) {
  const actions = { snooze: vi.fn(), dismiss: vi.fn(), more: vi.fn() };
  const view = createBannerView(document, actions);
  const model = bannerText({ profiles, total }, ['facebook', 'instagram'], english)!;
  view.update(model);
  document.body.replaceChildren(view.root);
  const buttons = () => [...view.root.querySelectorAll('button')].filter((b) => !b.hidden);
  return { view, actions, model, buttons };
}

describe('the banner view', () => {
  it('is a region named Reconnect Radar with a polite status line', () => {
    const { view, model } = setup([profile('a', 'Acme Coffee')]);
    expect(view.root.tagName).toBe('SECTION');
    expect(view.root.getAttribute('aria-label')).toBe('Reconnect Radar');
    const status = view.root.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    view.announce(model.heading);
    expect(status?.textContent).toBe('1 Facebook profile needs reconnecting');
  });

  it('lists each profile with its name, status in words, reason and a Reconnect link in a new tab', () => {
    const { view } = setup([
      profile('a', 'Acme Coffee'),
      profile('b', 'acme.gram', { platform: 'instagram', status: 'expiring', reasonTitle: 'Expires soon' }),
    ]);
    const rows = [...view.root.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.rr-text')?.textContent)).toEqual([
      'Acme CoffeeFacebook · ExpiredToken expired',
      'acme.gramInstagram · Expiring soonExpires soon',
    ]);
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://publisher.example/accounts/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('aria-label')).toBe('Reconnect Acme Coffee (opens in a new tab)');
    expect(link.textContent).toBe('Reconnect');
  });

  it('sends Snooze, Dismiss and “+N more” to their actions', () => {
    const { actions, buttons } = setup([profile('a', 'A'), profile('b', 'B'), profile('c', 'C')], 5);
    expect(buttons().map((b) => b.textContent)).toEqual(['+2 more', 'Snooze 1 day', 'Dismiss']);
    for (const b of buttons()) b.click();
    expect(actions.more).toHaveBeenCalledOnce();
    expect(actions.snooze).toHaveBeenCalledOnce();
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('hides “+N more” when every profile is listed, and describes what Dismiss does', () => {
    const { view, buttons } = setup([profile('a', 'A')]);
    expect(buttons().map((b) => b.textContent)).toEqual(['Snooze 1 day', 'Dismiss']);
    const dismiss = buttons()[1]!;
    const hint = view.root.querySelector(`#${dismiss.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toBe('Hides this banner until a profile’s status changes.');
  });

  it('keeps keyboard focus on the same Reconnect link when the list is redrawn', () => {
    const { view } = setup([profile('a', 'A'), profile('b', 'B')]);
    view.root.querySelectorAll('a')[1]!.focus();
    view.update(bannerText({ profiles: [profile('b', 'B')], total: 1 }, ['facebook'], english)!);
    expect(document.activeElement?.getAttribute('data-key')).toBe('reconnect:b');
  });

  it('renders names as text, never as markup', () => {
    const { view } = setup([profile('a', '<img src=x onerror=alert(1)>')]);
    expect(view.root.querySelector('img')).toBeNull();
    expect(view.root.querySelector('.rr-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
