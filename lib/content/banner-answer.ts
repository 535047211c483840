import type { PlatformId } from '../domain/platform-id';
import { PLATFORM_NAMES } from '../domain/platform-names';
import type { Status } from '../domain/token-status';
import type { BannerProfile } from '../messaging/views';

/** What a banner shows: up to three profiles, and how many need attention in all. */
export interface BannerState {
  profiles: BannerProfile[];
  total: number;
}

// Type-only imports above keep zod out of the content script; this list is checked against the
// domain's own in tests/unit/content/banner-answer.test.ts.
export const KNOWN_STATUSES: readonly Status[] = ['ok', 'expiring', 'expired', 'disconnected', 'unknown'];

const MAX_TEXT = 500;

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
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

function toProfile(raw: unknown): BannerProfile | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const p = raw as Record<string, unknown>;
  if (!isText(p.id) || !p.id || !isText(p.name) || !isText(p.reasonTitle)) return undefined;
  if (typeof p.platform !== 'string' || !Object.hasOwn(PLATFORM_NAMES, p.platform)) return undefined;
  if (!KNOWN_STATUSES.includes(p.status as Status)) return undefined;
  return {
    id: p.id,
    platform: p.platform as PlatformId,
    name: p.name,
    status: p.status as Status,
    reasonTitle: p.reasonTitle,
    // A URL that is not http(s) is dropped here, and the row shows no Reconnect link.
    reconnectUrl: safeHttpUrl(p.reconnectUrl) ?? '',
  };
}

/**
 * Reads the background's answer to `banner-state` without trusting it: a tiny hand-written guard
 * instead of zod, which would triple the content script. Undefined when the answer is not usable.
 */
export function parseBannerAnswer(raw: unknown): BannerState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const answer = raw as { ok?: unknown; data?: unknown };
  if (answer.ok !== true || typeof answer.data !== 'object' || answer.data === null) return undefined;
  const data = answer.data as { profiles?: unknown; total?: unknown };
  if (!Array.isArray(data.profiles) || data.profiles.length > 50) return undefined;
  const profiles = data.profiles.map(toProfile);
  if (profiles.some((p) => p === undefined)) return undefined;
  const total = data.total;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < profiles.length) return undefined;
  return { profiles: profiles as BannerProfile[], total };
}
