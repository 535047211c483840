import type { Reason } from '../../domain/reasons';
import { bearerGet } from '../bearer-request';
import {
  invalid,
  isRecord,
  readJsonObject,
  stringField,
  transient,
  transientForStatus,
  unexpectedAnswer,
} from '../http-answer';
import type { LiveCheckStep } from '../types';

/** TikTok's `error.code` values (developers.tiktok.com, "Error codes"). Expired tokens are "invalid" too. */
const BY_CODE: Readonly<Record<string, Reason>> = {
  access_token_invalid: 'token-invalid',
  scope_not_authorized: 'permission-missing',
  scope_permission_missed: 'permission-missing',
  rate_limit_exceeded: 'rate-limited',
  internal_error: 'platform-error',
};

export const tiktokUserInfoStep: LiveCheckStep = {
  request: bearerGet('https://open.tiktokapis.com/v2/user/info/?fields=open_id,display_name'),
  classify(response, now) {
    const body = readJsonObject(response);
    const error = isRecord(body?.error) ? body.error : undefined;
    const code = stringField(error, 'code');
    const text = stringField(error, 'message') ?? `TikTok answered ${code ?? `HTTP ${response.status}`}`;
    const byStatus = transientForStatus(response, now, stringField(error, 'message'));
    if (byStatus) return code ? { ...byStatus, code } : byStatus;
    if (!body || !code) return unexpectedAnswer(response, now);
    if (code === 'ok') {
      const user = isRecord(body.data) && isRecord(body.data.user) ? body.data.user : undefined;
      const openId = stringField(user, 'open_id');
      if (!openId) return unexpectedAnswer(response, now, 'The answer lacked the open_id');
      const name = stringField(user, 'display_name');
      return { outcome: 'valid', account: name ? { id: openId, name } : { id: openId } };
    }
    const reason = BY_CODE[code];
    if (reason === 'rate-limited' || reason === 'platform-error')
      return transient(response, reason, text, now, { code });
    if (reason) return invalid(response, reason, text, { code });
    return unexpectedAnswer(response, now, `Unrecognised answer: ${code}`);
  },
};

export const tiktokLiveCheck: readonly LiveCheckStep[] = [tiktokUserInfoStep];
