import { cleanDetail } from './answer-detail';
import { classifyGraphError, graphErrorOf } from './graph-errors';
import {
  numberField,
  readJsonObject,
  stringField,
  transientForStatus,
  unexpectedAnswer,
} from './http-answer';
import type { LiveCheckRequest, TokenRefresh } from './types';

type RefreshResult = ReturnType<TokenRefresh['parse']>;

/**
 * A Graph-style refresh without an app secret (Instagram Login, Threads): `GET
 * <host>/refresh_access_token?grant_type=<grant>&access_token=T` answers `{access_token, token_type,
 * expires_in}` with a new 60-day token. Only a token at least 24 hours old and not expired may be refreshed.
 */
export function graphRefresh(endpoint: string, grantType: string): TokenRefresh {
  return {
    minAgeHours: 24,
    request(token): LiveCheckRequest {
      return {
        method: 'GET',
        url: `${endpoint}?grant_type=${grantType}&access_token=${encodeURIComponent(token)}`,
      };
    },
    parse(response, now): RefreshResult {
      const body = readJsonObject(response);
      const error = graphErrorOf(body);
      const failed = transientForStatus(response, now, error?.message);
      if (failed) return { ok: false, transient: true, detail: failed.detail };
      if (!body) return { ok: false, transient: true, detail: unexpectedAnswer(response, now).detail };
      if (error) {
        const result = classifyGraphError(response, error, now);
        return { ok: false, transient: result.outcome === 'transient', detail: result.detail };
      }
      const token = stringField(body, 'access_token');
      const expiresIn = numberField(body, 'expires_in');
      if (!token || expiresIn === undefined || expiresIn <= 0 || response.status !== 200) {
        return { ok: false, transient: true, detail: cleanDetail('The refresh answer lacked a new token.') };
      }
      return { ok: true, token, expiresAt: new Date(now.getTime() + expiresIn * 1000).toISOString() };
    },
  };
}
