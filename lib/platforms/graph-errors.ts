import type { Reason } from '../domain/reasons';
import {
  type FailedCheck,
  invalid,
  isRecord,
  numberField,
  readJsonObject,
  stringField,
  transient,
  transientForStatus,
  unexpectedAnswer,
} from './http-answer';
import type { LiveCheckResponse, LiveCheckResult } from './types';

/**
 * Meta's Graph API errors (Facebook, Instagram, Threads) → reasons, per docs/platforms.md
 * ("Facebook / Instagram error → reason → remedy") and
 * https://developers.facebook.com/docs/graph-api/guides/error-handling/.
 */

export interface GraphError {
  code: number;
  subcode?: number;
  message: string;
  /** Meta's own hint that retrying may work. */
  isTransient?: boolean;
}

/** Code 190 (invalid OAuth token) by subcode; a subcode not listed here is still a dead token. */
const TOKEN_SUBCODES: Readonly<Record<number, Reason>> = {
  458: 'app-removed',
  459: 'security-checkpoint',
  460: 'password-changed',
  463: 'token-expired',
  464: 'account-unconfirmed',
  467: 'logged-out',
  492: 'admin-role-lost',
};

const PLATFORM_ERROR_CODES = new Set([1, 2]);
/**
 * Code 2500 "An active access token must be used to query information about the current user": `/me`
 * asked with a token that is no (longer a) user session. Graph also uses 2500 for malformed paths, so only
 * that message counts. Recorded: https://github.com/fbsamples/messenger-platform-samples/issues/125
 */
const ACTIVE_TOKEN_REQUIRED = 2500;
/** App, user, page and custom rate limits; 80000–80014 are the Business Use Case limits. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613]);
const isBusinessUseCaseLimit = (code: number) => code >= 80000 && code <= 80014;

/** The reason a Graph error code means, or `undefined` when it says nothing we know about the token. */
export function graphReason(code: number, subcode?: number): Reason | undefined {
  if (code === 190) return (subcode !== undefined && TOKEN_SUBCODES[subcode]) || 'token-invalid';
  if (code === 102) return 'token-invalid';
  if (code === 10 || (code >= 200 && code <= 299)) return 'permission-missing';
  if (code === 368) return 'spam-block';
  if (PLATFORM_ERROR_CODES.has(code)) return 'platform-error';
  if (RATE_LIMIT_CODES.has(code) || isBusinessUseCaseLimit(code)) return 'rate-limited';
  return undefined;
}

/**
 * The error object of a Graph answer: `{error:{message, code, error_subcode}}` at the top level, or
 * `{code, subcode, message}` as `debug_token` reports it inside `data.error`.
 */
export function readGraphError(value: unknown): GraphError | undefined {
  if (!isRecord(value)) return undefined;
  const code = numberField(value, 'code');
  if (code === undefined) return undefined;
  const subcode = numberField(value, 'error_subcode') ?? numberField(value, 'subcode');
  const transientFlag = value.is_transient;
  return {
    code,
    subcode,
    message: stringField(value, 'message') ?? `Graph API error ${code}`,
    isTransient: typeof transientFlag === 'boolean' ? transientFlag : undefined,
  };
}

/** What a Graph error means for the token: a verdict, or a failed attempt when it is not about the token. */
export function classifyGraphError(response: LiveCheckResponse, error: GraphError, now: Date): FailedCheck {
  const ids = { code: error.code, ...(error.subcode === undefined ? {} : { subcode: error.subcode }) };
  const reason = graphReason(error.code, error.subcode);
  if (reason === 'platform-error' || reason === 'rate-limited') {
    return transient(response, reason, error.message, now, ids);
  }
  if (reason) return invalid(response, reason, error.message, ids);
  if (error.code === ACTIVE_TOKEN_REQUIRED && /active access token/i.test(error.message)) {
    return invalid(response, 'token-invalid', error.message, ids);
  }
  if (error.isTransient) return transient(response, 'platform-error', error.message, now, ids);
  return unexpectedAnswer(response, now, `Unrecognised Graph error ${error.code}: ${error.message}`, ids);
}

/** The error of a Graph answer body, if it has one. */
export function graphErrorOf(body: Record<string, unknown> | undefined): GraphError | undefined {
  return readGraphError(body?.error);
}

export interface GraphMeOptions {
  /** The field holding the account's display name (`name` on Facebook, `username` on Instagram/Threads). */
  nameField: 'name' | 'username';
  /** Lets a step hand an error over to the next step instead of classifying it. */
  handOver?: (error: GraphError) => boolean;
}

/** Classifies a Graph "who am I" (`/me?fields=id,<name>`) answer. */
export function classifyGraphMe(
  response: LiveCheckResponse,
  now: Date,
  options: GraphMeOptions,
): LiveCheckResult | 'next' {
  const body = readJsonObject(response);
  const error = graphErrorOf(body);
  const byStatus = transientForStatus(response, now, error?.message);
  if (byStatus) return error ? { ...byStatus, code: error.code } : byStatus;
  if (!body) return unexpectedAnswer(response, now);
  if (error) return options.handOver?.(error) ? 'next' : classifyGraphError(response, error, now);
  const id = stringField(body, 'id');
  if (response.status < 200 || response.status > 299 || !id) {
    return unexpectedAnswer(response, now, 'The answer lacked the account id');
  }
  const name = stringField(body, options.nameField);
  return { outcome: 'valid', account: name ? { id, name } : { id } };
}
