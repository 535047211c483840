import type { Reason } from '../../domain/reasons';
import { bearerGet } from '../bearer-request';
import {
  header,
  invalid,
  isRecord,
  numberField,
  readJsonObject,
  stringField,
  transient,
  transientForStatus,
  unexpectedAnswer,
} from '../http-answer';
import type { LiveCheckResponse, LiveCheckStep } from '../types';

/** X API v1.1 error codes that v2 still sends in `errors[]` for account states (PLATFORMS.md). */
const V1_CODES: Readonly<Record<number, Reason>> = {
  32: 'token-invalid', // "Could not authenticate you"
  64: 'account-suspended',
  89: 'token-expired', // "Invalid or expired token"
  326: 'account-locked',
  88: 'rate-limited',
  130: 'platform-error', // over capacity
  131: 'platform-error', // internal error
};

/** X sends its rate-limit window end as Unix seconds, not as Retry-After. */
function rateLimitResetMs(response: LiveCheckResponse, now: Date): number | undefined {
  const reset = Number(header(response, 'x-rate-limit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now.getTime()) : undefined;
}

function firstV1Error(body: Record<string, unknown>): { code: number; message: string } | undefined {
  const errors = Array.isArray(body.errors) ? body.errors : [];
  for (const e of errors) {
    const code = isRecord(e) ? numberField(e, 'code') : undefined;
    if (code !== undefined && V1_CODES[code]) return { code, message: stringField(e, 'message') ?? '' };
  }
  return undefined;
}

/** v2 "problem" answers: `{title, type, status, detail}`. */
function problemText(body: Record<string, unknown>): string {
  const parts = [stringField(body, 'title'), stringField(body, 'detail'), stringField(body, 'reason')];
  return [...new Set(parts.filter(Boolean))].join(': ');
}

export const xUsersMeStep: LiveCheckStep = {
  request: bearerGet('https://api.x.com/2/users/me'),
  classify(response, now) {
    const body = readJsonObject(response);
    const byStatus = transientForStatus(response, now, body ? problemText(body) : undefined);
    if (byStatus) {
      const retryAfterMs = byStatus.retryAfterMs ?? rateLimitResetMs(response, now);
      return retryAfterMs === undefined ? byStatus : { ...byStatus, retryAfterMs };
    }
    if (!body) return unexpectedAnswer(response, now);
    const data = isRecord(body.data) ? body.data : undefined;
    const id = stringField(data, 'id');
    if (response.status === 200 && id) {
      const name = stringField(data, 'name') ?? stringField(data, 'username');
      return { outcome: 'valid', account: name ? { id, name } : { id } };
    }
    const v1 = firstV1Error(body);
    if (v1) {
      const reason = V1_CODES[v1.code]!;
      const text = v1.message || `X error ${v1.code}`;
      return reason === 'rate-limited' || reason === 'platform-error'
        ? transient(response, reason, text, now, {
            code: v1.code,
            retryAfterMs: rateLimitResetMs(response, now),
          })
        : invalid(response, reason, text, { code: v1.code });
    }
    const text = problemText(body) || `X answered HTTP ${response.status}`;
    if (response.status === 401) return invalid(response, 'token-invalid', text);
    if (response.status === 403) {
      if (/suspend/i.test(text)) return invalid(response, 'account-suspended', text);
      if (/locked/i.test(text)) return invalid(response, 'account-locked', text);
      // Otherwise the token may not read the account: a scope was dropped, or the token is app-only.
      return invalid(response, 'permission-missing', text);
    }
    if (response.status === 200) return unexpectedAnswer(response, now, 'The answer lacked the account id');
    return unexpectedAnswer(response, now, `Unrecognised answer: ${text}`);
  },
};

export const xLiveCheck: readonly LiveCheckStep[] = [xUsersMeStep];
