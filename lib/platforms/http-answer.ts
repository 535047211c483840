import type { Reason } from '../domain/reasons';
import { cleanDetail } from './answer-detail';
import { parseRetryAfter } from './retry-after';
import type { LiveCheckResponse, LiveCheckResult } from './types';

/** A check result that says something went wrong (a verdict on the token, or a failed attempt). */
export type FailedCheck = Extract<LiveCheckResult, { outcome: 'invalid' | 'transient' | 'inconclusive' }>;

/** A response header by name, whatever case the caller stored it in. */
export function header(response: LiveCheckResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(response.headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as a JSON object, or `undefined` when it is empty, not JSON, truncated, or not an object. */
export function readJsonObject(response: LiveCheckResponse): Record<string, unknown> | undefined {
  if (response.body.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(response.body);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function numberField(record: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = record?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function invalid(
  response: LiveCheckResponse,
  reason: Reason,
  message: string,
  extra: { code?: number | string; subcode?: number } = {},
): FailedCheck {
  return { outcome: 'invalid', reason, detail: cleanDetail(message), httpStatus: response.status, ...extra };
}

/** A failed attempt; carries the platform's `Retry-After` when it sent one. */
export function transient(
  response: LiveCheckResponse,
  reason: Reason,
  message: string,
  now: Date,
  extra: { code?: number | string; subcode?: number; retryAfterMs?: number } = {},
): FailedCheck {
  const { retryAfterMs: fallbackWait, ...ids } = extra;
  const retryAfterMs = parseRetryAfter(header(response, 'retry-after'), now) ?? fallbackWait;
  return {
    outcome: 'transient',
    reason,
    detail: cleanDetail(message),
    httpStatus: response.status,
    ...ids,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

/**
 * HTTP 5xx and 429 are never a verdict on the token, whatever the body says. `message` is the
 * platform's own text when its body could be read.
 */
export function transientForStatus(
  response: LiveCheckResponse,
  now: Date,
  message?: string,
): FailedCheck | undefined {
  const said = message ? `: ${message}` : '';
  if (response.status === 429) {
    return transient(response, 'rate-limited', `HTTP 429, too many requests${said}`, now);
  }
  if (response.status >= 500 && response.status <= 599) {
    return transient(response, 'platform-error', `HTTP ${response.status}${said}`, now);
  }
  return undefined;
}

/** An answer that was read but proves nothing either way: "can't tell". */
export function inconclusive(
  response: LiveCheckResponse,
  reason: Reason,
  message: string,
  extra: { code?: number | string; subcode?: number } = {},
): FailedCheck {
  return {
    outcome: 'inconclusive',
    reason,
    detail: cleanDetail(message),
    httpStatus: response.status,
    ...extra,
  };
}

/**
 * An answer we do not recognise: never a verdict on the token, and not retried fast either (the same
 * answer would come back). `why` must describe the answer in words that stay the same each time it
 * comes back (the check cycle compares consecutive details), never quoting a token.
 */
export function unexpectedAnswer(
  response: LiveCheckResponse,
  _now: Date,
  why?: string,
  extra: { code?: number | string; subcode?: number } = {},
): FailedCheck {
  const type = header(response, 'content-type')?.split(';')[0]?.trim();
  const what =
    why ??
    (response.body.trim() === ''
      ? 'The answer was empty'
      : `The answer was not the expected JSON${type ? ` (${type})` : ''}`);
  return inconclusive(response, 'unexpected-answer', `${what} (HTTP ${response.status}).`, extra);
}
