import type { Status } from '../domain/token-status';
import type { BannerRowText, BannerText } from '../messaging/views';

// Type-only imports above keep zod out of the content script; this list is checked against the
// domain's own in tests/unit/content/banner-answer.test.ts.
export const KNOWN_STATUSES: readonly Status[] = ['ok', 'expiring', 'expired', 'disconnected', 'unknown'];

const MAX_TEXT = 500;
/** The background lists three; more than this is not an answer of ours. */
const MAX_ROWS = 50;
const LABELS = ['region', 'reconnect', 'more', 'moreLabel', 'snooze', 'dismiss', 'dismissHint'] as const;

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The URL when it is an absolute http(s) URL, else undefined: nothing else may open from a banner. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (!isText(value, 2048)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function toRow(raw: unknown): BannerRowText | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, name, status, meta, reasonTitle, reconnectLabel } = raw;
  if (!isText(id) || !id || !isText(name) || !isText(meta) || !isText(reasonTitle)) return undefined;
  if (!isText(reconnectLabel) || !KNOWN_STATUSES.includes(status as Status)) return undefined;
  // A URL that is not http(s) is dropped here, and the row shows no Reconnect link.
  const reconnectUrl = safeHttpUrl(raw.reconnectUrl);
  return {
    id,
    name,
    status: status as Status,
    meta,
    reasonTitle,
    ...(reconnectUrl ? { reconnectUrl } : {}),
    reconnectLabel,
  };
}

function toLabels(raw: unknown): BannerText['labels'] | undefined {
  if (!isRecord(raw)) return undefined;
  const labels: Partial<Record<(typeof LABELS)[number], string>> = {};
  for (const key of LABELS) {
    const text = raw[key];
    if (!isText(text)) return undefined;
    labels[key] = text;
  }
  return labels as BannerText['labels'];
}

/**
 * Reads the background's answer to `banner-state` without trusting it: a tiny hand-written guard instead of
 * zod, which would triple the content script. Only the fields the banner shows are kept. `null`: nothing
 * needs attention (no banner); undefined: the answer is not usable.
 */
export function parseBannerAnswer(raw: unknown): BannerText | null | undefined {
  if (!isRecord(raw) || raw.ok !== true || !isRecord(raw.data)) return undefined;
  const banner = raw.data.banner;
  if (banner === null) return null;
  if (!isRecord(banner) || !isText(banner.heading) || !banner.heading || !isCount(banner.more))
    return undefined;
  if (!Array.isArray(banner.rows) || !banner.rows.length || banner.rows.length > MAX_ROWS) return undefined;
  const rows = banner.rows.map(toRow);
  const labels = toLabels(banner.labels);
  if (!labels || rows.some((r) => r === undefined)) return undefined;
  return { heading: banner.heading, rows: rows as BannerRowText[], more: banner.more, labels };
}
