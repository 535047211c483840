import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { type I18n, I18nContext, type MessageKey } from '@/components/i18n';
import type { ProfileView } from '@/lib/messaging/views';
import messages from '@/public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue: Catalogue = messages;

/** `browser.i18n.getMessage`'s rules over the real English catalogue: named placeholders, then $1…$9. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) throw new Error(`No message "${key}" in messages.json`);
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export const i18n: I18n = { t, locale: 'en' };

export function renderWithI18n(ui: ComponentChildren) {
  return render(<I18nContext.Provider value={i18n}>{ui}</I18nContext.Provider>);
}

export const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
export const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

/** A profile as the background shows it; fictional names only. */
export function profileView(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    platform: 'facebook',
    name: 'Acme Coffee',
    kind: 'page',
    handle: 'acmecoffee',
    publisher: 'Circleboom Publish',
    hasToken: false,
    createdAt: daysFromNow(-30),
    updatedAt: daysFromNow(-30),
    status: 'ok',
    effectiveExpiresAt: daysFromNow(30),
    stale: false,
    snoozed: false,
    reconnectTarget: 'https://example.com/accounts',
    ...overrides,
  };
}
