import type { Reason } from '../../domain/reasons';
import { bearerGet } from '../bearer-request';
import {
  invalid,
  numberField,
  readJsonObject,
  stringField,
  transientForStatus,
  unexpectedAnswer,
} from '../http-answer';
import type { LiveCheckStep } from '../types';

/** LinkedIn's token errors (PLATFORMS.md): classified on `code` first, `serviceErrorCode` second. */
const BY_CODE: Readonly<Record<string, Reason>> = {
  REVOKED_ACCESS_TOKEN: 'token-revoked',
  EXPIRED_ACCESS_TOKEN: 'token-expired',
  INVALID_ACCESS_TOKEN: 'token-invalid',
};
const BY_SERVICE_ERROR: Readonly<Record<number, Reason>> = {
  65601: 'token-revoked',
  65602: 'token-expired',
  65600: 'token-invalid',
};

export const linkedinUserinfoStep: LiveCheckStep = {
  request: bearerGet('https://api.linkedin.com/v2/userinfo'),
  classify(response, now) {
    const body = readJsonObject(response);
    const message = stringField(body, 'message');
    const byStatus = transientForStatus(response, now, message);
    if (byStatus) return byStatus;
    if (!body) return unexpectedAnswer(response, now);
    if (response.status === 200) {
      const sub = stringField(body, 'sub');
      if (!sub) return unexpectedAnswer(response, now, 'The answer lacked the member id');
      const name = stringField(body, 'name');
      return { outcome: 'valid', account: name ? { id: sub, name } : { id: sub } };
    }
    const code = stringField(body, 'code');
    const serviceErrorCode = numberField(body, 'serviceErrorCode');
    const ids = code ? { code } : serviceErrorCode === undefined ? {} : { code: serviceErrorCode };
    const text = message ?? `LinkedIn answered HTTP ${response.status}`;
    const reason =
      (code && BY_CODE[code]) || (serviceErrorCode !== undefined && BY_SERVICE_ERROR[serviceErrorCode]);
    if (reason) return invalid(response, reason, text, ids);
    if (response.status === 403 && code === 'ACCESS_DENIED') {
      // Denied on userinfo itself: the token lacks the `openid` scope. Denied elsewhere (an organization
      // the member no longer administers): the admin role is gone.
      const missingScope = /userinfo/i.test(text);
      return invalid(response, missingScope ? 'permission-missing' : 'admin-role-lost', text, ids);
    }
    if (response.status === 401) return invalid(response, 'token-invalid', text, ids);
    return unexpectedAnswer(response, now, `Unrecognised answer: ${text}`);
  },
};

export const linkedinLiveCheck: readonly LiveCheckStep[] = [linkedinUserinfoStep];
